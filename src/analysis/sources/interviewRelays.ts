// An interview given to a news medium makes that medium a relay: `kata Hibnu kepada Kompas.com`,
// `a spokesperson told Benar News`. The medium is no subject or object of a cue, so the cue step
// never names it; this step does, for sentences that already rest on someone (docs/sources.md,
// *Relays*).
import {findAliases, type CompiledRegistry} from "./registry.js";
import {fromRegistry} from "./mentions.js";
import type {Found} from "./found.js";
import {MEDIA_CATEGORIES} from "../types.js";

const MEDIA = new Set(MEDIA_CATEGORIES);

/**
 * The listed news media a sentence's speakers talked to: a medium's alias right after an interview
 * marker (`attribution.interview_markers`), in a sentence with a counting source that is not it,
 * unless it is the article's own outlet or wire (`own`: registry names).
 * Each is a relay row (`rule: "interviewer"`); linkRelays then links the speakers to it.
 * @example interviewers(masked, [hibnu], compiled)[0].mention.source // "Kompas"
 */
export function interviewers(masked: string, here: Found[], compiled: CompiledRegistry, own: ReadonlySet<string> = new Set()): Found[] {
  const speakers = here.filter((f) => f.counts && f.mention.source);
  if (speakers.length === 0) return [];
  const found: Found[] = [];
  for (const marker of masked.matchAll(compiled.words.interviewMarkers)) {
    const from = marker.index! + marker[0].length;
    const gap = /^\s+/u.exec(masked.slice(from))?.[0].length ?? 0;
    if (gap === 0) continue;
    const alias = findAliases(masked.slice(from + gap, from + gap + 80), compiled)[0];
    if (!alias || alias.start !== 0 || !MEDIA.has(alias.source.category) || alias.source.generic) continue;
    // `he told AFP` in an AFP story: the outlet asked, so no one relays.
    if (own.has(alias.source.name)) continue;
    if (speakers.concat(found).some((f) => f.mention.source === alias.source.name)) continue;
    const span = {start: from + gap, end: from + gap + alias.end};
    found.push({sentence: speakers[0].sentence, mention: {...fromRegistry(alias.source, span, "direct"), rule: "interviewer"}, cue: marker[0], cue_start: marker.index!, cue_end: from, counts: true, relay: true});
  }
  return found;
}
