// The name in a phrase: the last run of capitalised words not taken by an alias, role word or
// honorific, and the role that titles it (`Juru bicara keamanan nasional Gedung Putih John Kirby`).
// Read once per phrase; the organisation and person rules both use it.
import {findRoles, type RoleMatch} from "../registry.js";
import {covered, isCapitalized, type Phrase, type Tok} from "./phrase.js";

export interface NameRun {
  run: Tok[];
  /** The phrase is only the name (with honorifics and brackets). */
  onlyName: boolean;
  /** The nearest role before the name, with at most a few lowercase words between. */
  titled?: RoleMatch;
  /** Role words in the apposition (`, seorang profesor`). */
  appositionRoles: RoleMatch[];
}

/** How many lowercase words may stand between a title and the name it titles. */
const MAX_TITLE_GAP = 3;

const read = new WeakMap<Phrase, NameRun | null>();

/**
 * The phrase's name run, or null when it has none or cannot name a person: an institution head
 * (`Kementerian ...`), or a determiner right before a role word (`seorang diplomat Eropa`).
 * @example nameRunOf(readPhrase("analis Lee Sung-yoon", 0, compiled, new Map())!)?.titled?.role.category // "analyst"
 */
export function nameRunOf(p: Phrase): NameRun | null {
  if (read.has(p)) return read.get(p)!;
  const found = findNameRun(p);
  read.set(p, found);
  return found;
}

function findNameRun(p: Phrase): NameRun | null {
  const w = p.compiled.words;
  const unnamedLead = p.determiner && p.headRoles.length > 0 && p.headRoles[0].start === p.toks[1]?.start;
  if (p.institutionHead || unnamedLead) return null;
  const runs: Tok[][] = [];
  let run: Tok[] = [];
  for (const t of p.head) {
    const name = isCapitalized(t.text) && !covered(p, t) && !w.honorifics.has(t.text) && !w.notNames.has(t.text) && !w.determiners.has(t.text.toLowerCase()) && /\p{L}/u.test(t.text);
    if (name) run.push(t);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  const nameRun = runs[runs.length - 1];
  if (!nameRun) return null;
  const onlyName = p.head.every((t) => nameRun.includes(t) || w.honorifics.has(t.text) || t.text === "(" || t.text === ")");
  const titling = p.headRoles.filter((r) => r.end <= nameRun[0].start).pop();
  const gap = titling ? p.head.filter((t) => t.start >= titling.end && t.end <= nameRun[0].start && !covered(p, t) && !isCapitalized(t.text)).length : 0;
  return {run: nameRun, onlyName, titled: titling && gap <= MAX_TITLE_GAP ? titling : undefined, appositionRoles: p.apposition ? findRoles(p.apposition, p.compiled) : []};
}
