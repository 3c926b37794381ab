// The lexicon as editable text, for the hedging page's textarea: one cue per line, so a reader
// adds or deletes a line and every number recomputes. Format in docs/hedging.md.
import {HEDGE_KINDS, HEDGE_TYPES, cuePattern, type HedgeCue, type HedgeKind, type HedgeLexicon, type HedgeType} from "./lexicon.js";
import {compileLexicon} from "./matchCues.js";

/**
 * The lexicon's cues as text, one line each: `kind type language: cue` and, when the pattern is
 * not the cue itself, ` = pattern`. Cues without a language omit it.
 *
 * @example formatCueList({cues: [{cue: "mungkin", kind: "hedge", type: "epistemic_modal", language: "id"}]})
 * // "hedge epistemic_modal id: mungkin\n"
 * @example // sekitar, with its pattern:
 * // "hedge approximator id: sekitar = sekitar [<quantity>]"
 */
export function formatCueList(lexicon: HedgeLexicon): string {
  return lexicon.cues.map(formatCue).map((line) => `${line}\n`).join("");
}

function formatCue(cue: HedgeCue): string {
  const head = [cue.kind, cue.type, cue.language].filter(Boolean).join(" ");
  const pattern = cuePattern(cue);
  return pattern === cue.cue ? `${head}: ${cue.cue}` : `${head}: ${cue.cue} = ${pattern}`;
}

/**
 * Read a cue list back into a lexicon. Each line is `kind [type] [language]: cue [= pattern]`;
 * blank lines and lines starting with `#` are skipped. The shortest form is `hedge: mungkin`.
 * What a line leaves out is taken from the cue of the same kind and name in `base` (so a round
 * trip through formatCueList loses nothing: notes, case sensitivity, enclitics), else type
 * `other` and no language (any language). Word classes, enclitics and agents come from `base`.
 * A line that cannot be read is left out and explained in `errors` (with its line number); the
 * rest still make a usable lexicon.
 *
 * @example parseCueList("hedge: mungkin\nbooster: jelas\nfoo", base)
 * // {lexicon: {cues: [mungkin (epistemic_modal, id), jelas (certainty, id)], classes, enclitics},
 * //  errors: ['line 3: expected "kind: cue" (kind is hedge or booster), got "foo"']}
 */
export function parseCueList(text: string, base?: HedgeLexicon): {lexicon: HedgeLexicon; errors: string[]} {
  const errors: string[] = [];
  const cues: HedgeCue[] = [];
  const known = new Map((base?.cues ?? []).map((c) => [`${c.kind}\u0000${c.cue}`, c]));
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const parsed = parseLine(line, known);
    if (typeof parsed === "string") {
      errors.push(`line ${i + 1}: ${parsed}`);
      return;
    }
    // Each cue is checked alone, so one bad pattern costs one line, not the whole list.
    try {
      compileLexicon({cues: [parsed], classes: base?.classes, enclitics: base?.enclitics, agents: base?.agents});
    } catch (error) {
      errors.push(`line ${i + 1}: ${(error as Error).message}`);
      return;
    }
    if (cues.some((c) => c.kind === parsed.kind && c.cue === parsed.cue && cuePattern(c) === cuePattern(parsed))) {
      errors.push(`line ${i + 1}: ${parsed.kind} "${parsed.cue}" is listed twice; kept the first`);
      return;
    }
    cues.push(parsed);
  });
  const lexicon: HedgeLexicon = {cues};
  if (base?.classes) lexicon.classes = base.classes;
  if (base?.enclitics) lexicon.enclitics = base.enclitics;
  if (base?.agents) lexicon.agents = base.agents;
  return {lexicon, errors};
}

const LANGUAGE = /^[a-z]{2,3}$/;

/** One line as a cue, or the reason it is not one. */
function parseLine(line: string, known: Map<string, HedgeCue>): HedgeCue | string {
  const colon = line.indexOf(":");
  if (colon < 0) return `expected "kind: cue" (kind is hedge or booster), got "${line}"`;
  const head = line.slice(0, colon).trim().split(/\s+/);
  const rest = line.slice(colon + 1);
  const equals = rest.indexOf("=");
  const name = (equals < 0 ? rest : rest.slice(0, equals)).trim().replace(/\s+/g, " ");
  const pattern = equals < 0 ? null : rest.slice(equals + 1).trim();
  const kind = head[0].toLowerCase() as HedgeKind;
  if (!HEDGE_KINDS.includes(kind)) return `unknown kind "${head[0]}": use hedge or booster`;
  if (name === "") return "no cue after the colon";
  if (pattern === "") return `empty pattern after "=" for "${name}"`;
  let type: HedgeType | undefined;
  let language: string | undefined;
  for (const word of head.slice(1)) {
    const lower = word.toLowerCase();
    if (HEDGE_TYPES.includes(lower as HedgeType) && type === undefined) type = lower as HedgeType;
    else if (LANGUAGE.test(lower) && language === undefined) language = lower;
    else return `"${word}" is neither a type (${HEDGE_TYPES.join(", ")}) nor a language code`;
  }
  const inherited = known.get(`${kind}\u0000${name}`);
  const cue: HedgeCue = {...inherited, cue: name, kind, type: type ?? inherited?.type ?? "other"};
  if (language !== undefined) cue.language = language;
  if (pattern !== null && pattern !== name) cue.pattern = pattern;
  else if (pattern === name || (pattern === null && inherited === undefined)) delete cue.pattern;
  return cue;
}
