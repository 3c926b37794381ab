// Nested attributions (docs/sources.md, *Relays*): in one sentence, which source passed on whose
// words. `Reuters, citing KCNA, reported ...` rests on KCNA via Reuters; `Kim said ..., KCNA
// reported` on Kim via KCNA. Both stay rows; the origin names its relay (`via`) and the relay is
// marked `relay`. Decided from the cue classes of the article's language, never from names.
import type {CompiledRegistry} from "./registry.js";
import type {Found} from "./found.js";
import {MEDIA_CATEGORIES} from "../types.js";

const MEDIA = new Set(MEDIA_CATEGORIES);

/**
 * Link the origins of one sentence's attributions to their relays, in three steps:
 * 1. an origin cue's object (`citing KCNA`, `mengutip militer`) came through the source before it
 *    in the sentence (`Reuters, citing`; `Yonhap yang mengutip`); with none before it the writer
 *    is citing (`Mengutip Al Jazeera, AFAD mengatakan`), and the cited source relays the others;
 * 2. a source named by a relay cue (`seperti dikutip KCNA`, `quoted by`) passes on the words of the
 *    sentence's other sources;
 * 3. a news medium passes on the words of the sentence's sources that are not media
 *    (`Kim said ..., KCNA reported`; `menurut Yonhap, pejabat militer mengatakan`).
 * An origin keeps the first relay a step gives it.
 * @example linkRelays([reuters, kcnaCitedByReuters], compiled)[1].via // "Reuters"
 */
export function linkRelays(here: Found[], compiled: CompiledRegistry): Found[] {
  const linked = here.map((f) => ({...f}));
  const counting = linked.filter((f) => f.counts && f.mention.source && f.mention.resolution !== "imagery");
  if (counting.length < 2) return linked;
  const origin = new Set(compiled.cues.origin.map((c) => c.toLowerCase()));
  const link = (from: Found, relay: Found | undefined) => {
    if (!relay || from.via || relay.mention.source === from.mention.source || relay.via === from.mention.source) return;
    from.via = relay.mention.source;
    relay.relay = true;
  };
  const relayedByCue = counting.filter((f) => f.relay);
  for (const f of counting) {
    if (f.via || !origin.has(f.cue.toLowerCase()) || f.mention.start < f.cue_end) continue;
    const before = counting.filter((o) => o !== f && o.mention.end <= f.cue_start);
    if (before.length > 0) link(f, before.at(-1));
    // `Mengutip Al Jazeera, AFAD mengatakan`: the writer cites, so the cited source is the relay.
    else if (!f.relay) relayedByCue.push(Object.assign(f, {relay: true}));
  }
  for (const relay of relayedByCue) {
    for (const f of counting) if (!f.relay) link(f, relay);
  }
  const media = counting.filter((f) => MEDIA.has(f.mention.category));
  if (media.length > 0) {
    for (const f of counting) if (!MEDIA.has(f.mention.category) && !f.relay) link(f, nearest(f, media));
  }
  return linked;
}

/** The candidate whose mention stands closest to `f`'s in the sentence. */
function nearest(f: Found, candidates: Found[]): Found | undefined {
  const gap = (o: Found) => (o.mention.start >= f.mention.end ? o.mention.start - f.mention.end : f.mention.start - o.mention.end);
  return [...candidates].sort((a, b) => Math.abs(gap(a)) - Math.abs(gap(b)))[0];
}
