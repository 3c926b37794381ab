// Who employs a named person: the phrase after an affiliation marker (`dari Universitas X`), in an
// apposition (`, seorang profesor di Universitas X`), or between a title and the name.
import {findAliases, findRoles, type CompiledRegistry} from "../registry.js";
import {bestAlias} from "./bestAlias.js";
import {isCapitalized, tokens} from "./phrase.js";

/**
 * An affiliation phrase as the registry names it, else as written (trimmed to its name). Only an
 * alias that is a whole name counts: `Kyiv School of Economics` and `Universitas Indonesia` are not
 * governments. `titleWords` is for the words between a title and a name (`keamanan nasional Gedung
 * Putih`): there an alias anywhere counts, and lowercase words alone are no affiliation.
 * @example affiliationOf("Carnegie Endowment for International Peace", compiled) // "Carnegie Endowment for International Peace"
 */
export function affiliationOf(text: string | null | undefined, compiled: CompiledRegistry, titleWords = false): string | null {
  if (!text || !text.trim()) return null;
  const nameish = (word: string | undefined) => word !== undefined && isCapitalized(word) && !compiled.words.notNames.has(word);
  const found = findAliases(text, compiled).filter((a) => {
    // A country or city (`di Jakarta`, `dari Korea Selatan`) says where someone is, not who employs them.
    if (!titleWords && a.source.kind === "government") return false;
    // `the Indo-Pacific program at the German Marshall Fund`: the institution after a nested marker.
    const nested = compiled.words.affiliation.has((text.slice(0, a.start).trim().split(/\s+/).pop() ?? "").toLowerCase()) || compiled.clauses.trailingDefinite.test(text.slice(0, a.start));
    if (!titleWords && a.start !== 0 && !nested) return false;
    const before = text.slice(0, a.start).trim().split(/\s+/).pop();
    const after = text.slice(a.end).trim().split(/\s+/)[0];
    return !nameish(before) && !nameish(after) && !compiled.words.nameContinuers.has(after ?? "");
  });
  if (found.length > 0) return bestAlias(found, ["analyst", "government", "independent_media", "state_media"]).source.name;
  const cut = text.split(compiled.clauses.clauseBreak)[0].trim().replace(/^[,\s]+|[,\s]+$/gu, "");
  if (titleWords && !tokens(cut).some((t) => nameish(t.text))) return null;
  return cut || null;
}

/**
 * The affiliation an apposition gives: `seorang profesor di Universitas X` → `Universitas X`; a bare
 * title `Direktur Eksekutif Walhi` → `Walhi`.
 * @example appositionAffiliation("seorang profesor di Universitas Airlangga", compiled) // "Universitas Airlangga"
 */
export function appositionAffiliation(apposition: string | undefined, compiled: CompiledRegistry): string | null {
  if (!apposition) return null;
  const toks = tokens(apposition);
  const at = toks.findIndex((t) => compiled.words.affiliation.has(t.text.toLowerCase()));
  if (at >= 0 && toks[at + 1]) return apposition.slice(toks[at + 1].start).trim();
  const roles = findRoles(apposition, compiled);
  const rest = roles.length ? apposition.slice(roles[roles.length - 1].end).trim() : "";
  return rest && isCapitalized(rest) ? rest : null;
}
