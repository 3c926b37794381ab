// Who each body sentence's reporting rests on, and the quotes it carries. The registry
// (src/reference/sources.json) and each language's cue grammar (src/reference/lang/<code>.json) are
// data; this file applies them article by article, in the article's language,
// because pronouns, short names and `kantor berita tersebut` point back within an article.
import type {AttributionRow, QuoteRow, SentenceRow} from "../types.js";
import {compileRegistry, findAliases, findRoles, type CompiledRegistry, type SourceRegistry} from "./registry.js";
import {findCues, type CueMatch} from "./cues.js";
import {findArticleQuotations, maskQuoted, type Quotation} from "./quotes.js";
import {fromRegistry, nounPhrase, personNamed, type Mention, type Person} from "./mentions.js";
import {resolvePhrase} from "./resolve/resolve.js";
import {isCapitalized} from "./resolve/phrase.js";
import {peopleOf} from "./people.js";
import {unifyNameSpellings} from "./nameSpellings.js";
import {indirectQuotes} from "./indirectQuotes.js";
import type {Found} from "./found.js";
import {linkRelays} from "./relayLinks.js";
import {interviewers} from "./interviewRelays.js";
import {fullNameFor, fullNamesOf} from "./fullNames.js";
import {consistentPeople} from "./consistentPeople.js";
import {append} from "../append.js";

export interface AttributeOptions {
  /** The language of an article (`id`, `en`): its model's words are used. Without it, or for a language with no model, every model's. */
  languageOf?: (articleId: string) => string | undefined;
  /** The article's own outlet and the wires it is based on: a speaker talking to one of them is no relay (the outlet interviewed them itself). */
  ownMediaOf?: (articleId: string) => string[];
}

export interface Sourcing {
  attributions: AttributionRow[];
  quotes: QuoteRow[];
}

/**
 * Who each body sentence is attributed to, and the quotes it carries. Sentences are grouped by
 * article (in the order given); rows come out in sentence order, then by position in the sentence.
 * @example attributeSentences([{article_id: "a", index: 0, paragraph: 0, words: 4, text: "Rudal diluncurkan, kata Yonhap."}], registry).attributions[0].source // "Yonhap"
 */
export function attributeSentences(sentences: SentenceRow[], registry: SourceRegistry, options: AttributeOptions = {}): Sourcing {
  const attributions: AttributionRow[] = [];
  const quotes: QuoteRow[] = [];
  for (const article of byArticle(sentences)) {
    const compiled = compileRegistry(registry, options.languageOf?.(article[0].article_id));
    const result = attributeArticle(article, compiled, ownMedia(options.ownMediaOf?.(article[0].article_id) ?? [], compiled));
    append(attributions, result.attributions);
    append(quotes, result.quotes);
  }
  return unifyNameSpellings(attributions, quotes);
}

function byArticle(sentences: SentenceRow[]): SentenceRow[][] {
  const groups = new Map<string, SentenceRow[]>();
  for (const s of sentences) {
    const group = groups.get(s.article_id) ?? [];
    group.push(s);
    groups.set(s.article_id, group);
  }
  return [...groups.values()].map((g) => [...g].sort((a, b) => a.index - b.index));
}

/** The registry names of an article's own outlet and wires (`BBC News Indonesia` → BBC). */
function ownMedia(names: string[], compiled: CompiledRegistry): Set<string> {
  return new Set(names.flatMap((name) => findAliases(name, compiled).map((a) => a.source.name)));
}

function attributeArticle(sentences: SentenceRow[], compiled: CompiledRegistry, own: Set<string>): Sourcing {
  const people = peopleOf(sentences, compiled);
  const quotations = quotationsOf(sentences);
  const found = sourcesOfSentences(sentences, quotations, compiled, people, own);
  // One person, one name and one category in the article, before quotes take their speakers.
  withFullNames(found, sentences, compiled);
  consistentPeople(found);
  const quoteRows = quotesOf(quotations, found, sentences);
  const quoted = new Set(quoteRows.map((q) => `${q.sentence_index}\u0000${q.speaker}`));
  const rows = found.map((f) => row(f, quoted.has(`${f.sentence.index}\u0000${f.mention.source}`)));
  append(quoteRows, indirectQuotes(found, quoteRows, compiled));
  rows.sort((a, b) => a.sentence_index - b.sentence_index || (a.start ?? 0) - (b.start ?? 0) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  quoteRows.sort((a, b) => a.sentence_index - b.sentence_index || (a.start ?? 0) - (b.start ?? 0));
  return {attributions: rows, quotes: quoteRows};
}

/** Each sentence's sources, cue by cue, outside quotation marks; relays linked within the sentence. */
function sourcesOfSentences(sentences: SentenceRow[], quotations: Quotation[], compiled: CompiledRegistry, people: Map<string, Person>, own: Set<string>): Found[] {
  // Indexed once, not filtered per sentence: an article of n quoted sentences cost n² (issue 14).
  const piecesIn = new Map<number, Quotation["pieces"]>();
  for (const piece of quotations.flatMap((q) => q.pieces)) bucket(piecesIn, piece.sentence_index).push(piece);
  const found: Found[] = [];
  for (const sentence of sentences) {
    const masked = maskQuoted(sentence.text, piecesIn.get(sentence.index) ?? []);
    // This sentence's sources go on the end of `found` while it is read (earlier ones and these
    // are what a pronoun or anaphor may point back to), then are taken off to be deduplicated:
    // copying `found` for every cue made the article's cost grow with its square.
    const start = found.length;
    const cues = findCues(masked, compiled);
    for (const [i, cue] of cues.entries()) {
      for (const candidate of mentionsOfCue(cue, masked, compiled, people, phraseLimit(cues, i, masked))) {
        const mention = settle(candidate.mention, found, compiled, people, sentence.index);
        if (!mention) continue;
        found.push({sentence, mention, cue: cue.cue, cue_start: cue.start, cue_end: cue.end, counts: cue.kind !== "meta", relay: candidate.relay});
      }
      if (cue.kind === "pronoun") {
        const speaker = lastSpeaker(found);
        if (speaker) found.push({...speaker, sentence, mention: {...speaker.mention, resolution: "pronoun", rule: "pronoun_cue", start: cue.start, end: cue.end}, cue: cue.cue, cue_start: cue.start, cue_end: cue.end, counts: true, relay: false});
      }
    }
    const sources = dedupe(found.splice(start));
    found.push(...linkRelays([...sources, ...interviewers(masked, sources, compiled, own)], compiled));
  }
  return found;
}

/**
 * One row per sentence piece of each quotation that has a speaker; a quote that runs on into the
 * next paragraph's quote takes that quote's speaker. A sentence inside a quote that a later cue
 * closes rests on the quote's speaker: such rows are added to `found`.
 */
function quotesOf(quotations: Quotation[], found: Found[], sentences: SentenceRow[]): QuoteRow[] {
  const rows: QuoteRow[] = [];
  // Sources by sentence, kept up to date as quote spans are added below (a scan of `found` per
  // quotation piece was n² again).
  const foundIn = new Map<number, Found[]>();
  const addFound = (f: Found) => bucket(foundIn, f.sentence.index).push(f);
  found.forEach(addFound);
  const sentenceAt = new Map(sentences.map((s) => [s.index, s]));
  const speakers = quotations.map((quotation) => speakerOf(quotation, foundIn));
  for (let q = quotations.length - 2; q >= 0; q--) if (!speakers[q] && quotations[q].continues) speakers[q] = speakers[q + 1];
  quotations.forEach((quotation, q) => {
    const speaker = speakers[q];
    if (!speaker) return;
    const id = `${sentences[0].article_id}:${quotation.pieces[0].sentence_index}:${q}`;
    const direct = /^[(\[]?\p{Lu}/u.test(quotation.pieces[0].text);
    for (const piece of quotation.pieces) {
      rows.push({
        article_id: sentences[0].article_id,
        sentence_index: piece.sentence_index,
        speaker: speaker.mention.source,
        category: speaker.mention.category,
        affiliation: speaker.mention.affiliation,
        direct,
        form: direct ? "direct" : "partial",
        text: piece.text,
        start: piece.start,
        end: piece.end,
        named: speaker.mention.named,
        quote_id: id,
        via: speaker.relay ? null : speaker.via ?? relayOf(speaker, foundIn),
      });
      const inner = sentenceAt.get(piece.sentence_index)!;
      if (!(foundIn.get(inner.index) ?? []).some((f) => f.counts)) {
        const span: Found = {...speaker, sentence: inner, mention: {...speaker.mention, resolution: "quote_span", rule: "quote_span", start: piece.start, end: piece.end}, cue_start: speaker.cue_start, cue_end: speaker.cue_end};
        found.push(span);
        addFound(span);
      }
    }
  });
  return rows;
}

/** The list kept under `key`, made empty the first time. */
function bucket<T>(map: Map<number, T[]>, key: number): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** One-word names of people take the full name the article gives them (`Anies` → `Anies Baswedan`), in place. */
function withFullNames(found: Found[], sentences: SentenceRow[], compiled: CompiledRegistry): void {
  const short = new Set(found.filter((f) => f.mention.person && f.mention.named && !f.mention.source.includes(" ")).map((f) => f.mention.source));
  if (short.size === 0) return;
  const names = fullNamesOf(sentences, compiled, short);
  const renamed = new Map<string, string>();
  for (const f of found) {
    if (!f.mention.person || !f.mention.named || f.mention.source.includes(" ")) continue;
    const full = renamed.get(f.mention.source) ?? fullNameFor(f.mention.source, names);
    if (!full) continue;
    renamed.set(f.mention.source, full);
    f.mention = {...f.mention, source: full};
  }
  for (const f of found) if (f.via && renamed.has(f.via)) f.via = renamed.get(f.via);
}

function quotationsOf(sentences: SentenceRow[]): Quotation[] {
  const paragraphs = new Map<number, SentenceRow[]>();
  for (const s of sentences) bucket(paragraphs, s.paragraph).push(s);
  return findArticleQuotations([...paragraphs.keys()].sort((a, b) => a - b).map((p) => paragraphs.get(p)!));
}

/**
 * Where the phrase after a cue must end: at the next cue written in lower case (`kata Rosan
 * dilansir kompas.com` names Rosan). A capitalised cue word may be part of a name (`Said Iqbal`).
 */
function phraseLimit(cues: CueMatch[], i: number, masked: string): number {
  for (let j = i + 1; j < cues.length; j++) if (!isCapitalized(masked.slice(cues[j].start, cues[j].end))) return cues[j].start;
  return masked.length;
}

/** The sources one cue names (two for `X mengutip Y` or `X dan Y membantah`). */
function mentionsOfCue(cue: CueMatch, masked: string, compiled: CompiledRegistry, people: Map<string, Person>, limit: number): {mention: Mention; relay: boolean}[] {
  const cues = compiled.cues;
  const key = cue.cue.toLowerCase();
  switch (cue.kind) {
    case "pronoun":
      return [];
    case "participle": {
      const subject = sentenceSubject(masked, compiled, people);
      return subject ? [{mention: subject, relay: false}] : [];
    }
    case "stutter": {
      const mention = resolvePhrase(cue.inner!.text, cue.inner!.start, compiled, people);
      return mention ? [{mention: {...mention, start: cue.inner!.start, end: cue.inner!.end, resolution: "repaired"}, relay: false}] : [];
    }
    case "imagery": {
      const aliases = findAliases(cue.inner!.text, compiled).filter((a) => a.source.category === "state_media" || a.source.category === "independent_media");
      if (aliases.length === 0) return [];
      const best = [...aliases].sort((a, b) => Number(a.source.generic ?? false) - Number(b.source.generic ?? false) || b.end - b.start - (a.end - a.start))[0];
      return [{mention: {...fromRegistry(best.source, {start: cue.inner!.start + best.start, end: cue.inner!.start + best.end}, "imagery"), rule: "imagery"}, relay: false}];
    }
    case "meta":
    case "source_precedes":
    case "source_follows": {
      // A cue read both ways (`said`, `mengutip`) takes its subject when it has one (`X said`);
      // its object only without one (`..., said X`), except `X mengutip Y`, which names both.
      // A passive relay (`Kim was quoted by KCNA`) names its origin before it and its relay after.
      const relaying = cues.relay_subject.some((r) => r.toLowerCase() === key);
      const passive = (cues.passive_relay ?? []).some((r) => r.toLowerCase() === key);
      const subjects = cue.kind === "source_follows" && !cue.both ? [] : subjectsBefore(masked, cue.start, compiled, people).map((mention) => ({mention, relay: relaying}));
      const objects = cue.kind === "meta" || (cue.kind === "source_precedes" && !cue.both && !relaying) || (subjects.length > 0 && !relaying && !passive) ? [] : objectAfter(cue, masked, compiled, people, limit);
      return [...subjects, ...(passive ? objects.map((o) => ({...o, relay: true})) : objects)];
    }
  }
}

/** The source after a cue: `kata X`, `menurut X`, `dikutip oleh X`, with an apposition (`X, seorang profesor`). */
function objectAfter(cue: CueMatch, masked: string, compiled: CompiledRegistry, people: Map<string, Person>, limit: number): {mention: Mention; relay: boolean}[] {
  let from = cue.end;
  // Skip `pernyataan`, `keterangan resmi` before a source, but not before `itu`/`tersebut`, where the
  // statement itself points back (`bunyi pernyataan itu`).
  const skip = compiled.words.skipHeads.exec(masked.slice(from));
  const pointsBack = skip && compiled.words.anaphora.has((/^[\p{L}]+/u.exec(masked.slice(from + skip[0].length))?.[0] ?? "").toLowerCase());
  if (skip && !pointsBack) from += skip[0].length;
  const phrase = nounPhrase(masked.slice(from, Math.max(from, limit)), from, compiled);
  const end = phrase.start + phrase.text.length;
  const apposition = /^\s*,\s*([^,.;:“”"]+(?:\.(?!\s|$)[^,.;:“”"]*)*)/u.exec(masked.slice(end))?.[1];
  let mention = resolvePhrase(phrase.text, phrase.start, compiled, people, apposition);
  // `ujar Direktur Eksekutif Walhi, Fahmi Bastian`: a title, then the name in apposition.
  if (apposition && findRoles(phrase.text, compiled)[0]?.start === 0) {
    const at = masked.indexOf(apposition, end);
    const named = resolvePhrase(apposition.trim(), at + (apposition.length - apposition.trimStart().length), compiled, people, phrase.text);
    if (named?.person && named.named && apposition.trim().split(/\s+/).length <= 4) mention = named;
  }
  if (!mention) return [];
  // `media pemerintah Korea Utara, KCNA,`: an apposition that names the agency is more specific.
  if (apposition && !mention.person) {
    const named = findAliases(apposition.trim(), compiled)[0];
    const reg = compiled.byName.get(mention.source.toLowerCase());
    if (named && named.start === 0 && reg?.generic && named.source.category === mention.category && !named.source.generic) {
      const at = masked.indexOf(apposition.trim(), end);
      mention = {...fromRegistry(named.source, {start: mention.start, end: at + named.end}, "direct"), rule: "apposed_alias"};
    }
  }
  const relay = compiled.cues.relay.some((r) => r.toLowerCase() === cue.cue.toLowerCase()) && !compiled.cues.relay_subject.some((r) => r.toLowerCase() === cue.cue.toLowerCase());
  return [{mention, relay}];
}

/**
 * The subject before a cue (`X mengatakan`): the phrase since the last clause break, adverbs such
 * as `juga`, `telah` dropped; `X dan Y membantah` names two. A predicate joined by `dan` after a
 * comma (`Pyongyang telah mendukung ..., dan menyalahkan`) takes the sentence's subject.
 */
function subjectsBefore(masked: string, cueStart: number, compiled: CompiledRegistry, people: Map<string, Person>): Mention[] {
  // Only the text just before the cue can hold its subject: reading from the sentence's start for
  // every cue made a long sentence of many cues quadratic.
  const base = Math.max(0, cueStart - SUBJECT_REACH);
  const before = masked.slice(base, cueStart);
  const bahwa = compiled.clauses.throughComplementiser.exec(before);
  const breakAt = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("”"), before.lastIndexOf("“"), before.lastIndexOf('"'), bahwa ? bahwa[0].length - 1 : -1);
  let segment = before.slice(breakAt + 1);
  let offset = base + breakAt + 1;
  const words = segment.trim().split(/\s+/).filter(Boolean);
  while (words.length && compiled.words.adverbs.has(words[words.length - 1].toLowerCase())) words.pop();
  const joined = words.length > 0 && compiled.words.leading.has(words[0].toLowerCase()) && words.every((w) => compiled.words.leading.has(w.toLowerCase()));
  if (words.length === 0 && breakAt >= 0 && before[breakAt] === ",") {
    // `Menteri Luar Negeri Ruritania, Hana Volk, menyatakan`: the subject is the apposed name.
    const apposed = apposedSubject(before.slice(0, breakAt), compiled, people);
    return apposed ? [{...apposed, start: apposed.start + base, end: apposed.end + base}] : [];
  }
  if (words.length === 0 || joined) {
    if (!joined || breakAt < 0) return [];
    const subject = sentenceSubject(masked, compiled, people);
    return subject ? [subject] : [];
  }
  const lastWord = words[words.length - 1];
  segment = segment.slice(0, segment.lastIndexOf(lastWord) + lastWord.length);
  const lead = segment.length - segment.trimStart().length;
  offset += lead;
  segment = segment.trim();
  // Coordinated subjects: each side must name a source on its own.
  const parts = segment.split(compiled.clauses.coordinator);
  if (parts.length === 2) {
    const second = segment.lastIndexOf(parts[1]);
    const a = resolvePhrase(parts[0], offset, compiled, people);
    const b = resolvePhrase(parts[1], offset + second, compiled, people);
    if (a && b && !a.person && !b.person) return [a, b];
  }
  const phrase = nounPhrase(segment, offset, compiled);
  if (phrase.text.length < segment.length - 1 && !compiled.words.affiliation.has(segment.slice(phrase.text.length).trim().split(/\s+/)[0]?.toLowerCase() ?? "")) {
    // The phrase before the cue must reach the cue: `Pertemuan itu, kata X` is not `X`.
    const tail = segment.slice(phrase.start - offset + phrase.text.length).trim();
    // A relative clause may describe the subject: `Seorang pejabat yang tidak mau disebut namanya mengatakan`.
    if (tail && !compiled.words.adverbs.has(tail.toLowerCase()) && !compiled.clauses.relativeClause.test(tail)) return [];
    const mention = resolvePhrase(phrase.text, phrase.start, compiled, people);
    return mention ? [mention] : [];
  }
  const mention = resolvePhrase(segment.slice(phrase.start - offset), phrase.start, compiled, people);
  return mention ? [mention] : [];
}

/** How far before a cue (characters) its subject, with a title and an apposition, may begin. */
const SUBJECT_REACH = 600;

/**
 * A subject set off by commas before its verb: `ROLE ..., NAME, verb` (the apposed name), or
 * `X, the North's official news agency, verb` / `X, who spoke on condition of anonymity, said`
 * (the source before the apposition or relative clause).
 */
function apposedSubject(before: string, compiled: CompiledRegistry, people: Map<string, Person>): Mention | null {
  const comma = before.lastIndexOf(",");
  if (comma < 0) return null;
  const name = before.slice(comma + 1);
  const lead = name.length - name.trimStart().length;
  const titleStart = before.lastIndexOf(",", comma - 1) + 1;
  const title = before.slice(titleStart, comma);
  if (name.trim().split(/\s+/).length <= 5) {
    const mention = resolvePhrase(name.trim(), comma + 1 + lead, compiled, people, title);
    if (mention && mention.person && mention.named) return mention;
  }
  // The source before the set-off phrase must open its clause (`Namun, KCNA, ...` → KCNA).
  const phrase = nounPhrase(title, titleStart, compiled);
  if (phrase.text.length < title.trim().length - 1 || phrase.text.split(/\s+/).length > 8) return null;
  const subject = resolvePhrase(phrase.text, phrase.start, compiled, people, name);
  return subject && subject.resolution !== "pronoun" && subject.resolution !== "anaphora" ? subject : null;
}

/** The source that opens the sentence, if it opens with one. */
function sentenceSubject(masked: string, compiled: CompiledRegistry, people: Map<string, Person>): Mention | null {
  const phrase = nounPhrase(masked, 0, compiled);
  const aliases = findAliases(phrase.text, compiled);
  if (aliases.length > 0 && aliases[0].start === 0) return {...fromRegistry(aliases[0].source, {start: phrase.start, end: phrase.start + aliases[0].end}, "direct"), rule: "sentence_subject"};
  const opening = resolvePhrase(phrase.text, phrase.start, compiled, people);
  if (opening && opening.person && opening.named && opening.resolution === "role_words") return opening;
  const name = /^\p{Lu}[\p{L}-]*/u.exec(phrase.text)?.[0];
  const person = name ? personNamed(name, people) : undefined;
  return person ? {source: person.name, category: person.category, country: null, state_controlled: false, affiliation: person.affiliation, named: true, person: true, resolution: "name", rule: "sentence_subject", start: phrase.start, end: phrase.start + name!.length} : null;
}

/** Resolve what a mention points back to; null when it points at nothing. */
function settle(mention: Mention, earlier: Found[], compiled: CompiledRegistry, people: Map<string, Person>, here: number): Mention | null {
  if (mention.resolution === "pronoun") {
    const speaker = lastSpeaker(earlier);
    return speaker ? {...speaker.mention, resolution: "pronoun", rule: mention.rule, start: mention.start, end: mention.end} : null;
  }
  if (mention.resolution === "anaphora") {
    const family = mention.anaphoraFamily ?? [];
    // `the company`, `pernyataan itu` (no family) point back to any named source; a role to a person;
    // `the agency`, `kementerian itu` to a body of that family.
    const kindOk = (f: Found) => !mention.anaphoraKind || compiled.byName.get(f.mention.source.toLowerCase())?.kind === mention.anaphoraKind;
    const target = earlier.findLast((f) => f.mention.named && kindOk(f) && (family.length === 0 || (family.includes(f.mention.category) && f.mention.person === (mention.anaphoraPerson ?? false))));
    if (target) return {...target.mention, resolution: "anaphora", rule: mention.rule, start: mention.start, end: mention.end, genericNoCountry: false};
    // `The Russian president told reporters`: a role pointing back to a person the article
    // introduced with a role but who has not spoken yet.
    const introduced = mention.anaphoraRole ? lastIntroduced(people, mention.anaphoraRole, here) : undefined;
    if (introduced) return {...mention, source: introduced.name, category: introduced.category, affiliation: introduced.affiliation, person: true, named: true};
    return mention.fallback ?? null;
  }
  if (mention.genericNoCountry) {
    // `media pemerintah` with no country: the state media of the country the article last named.
    const last = earlier.findLast((f) => f.mention.category === "state_media" && f.mention.country);
    const generic = last ? compiled.genericByCountry.get(last.mention.country!) : undefined;
    if (generic) return {...fromRegistry(generic, mention, mention.resolution === "imagery" ? "imagery" : "generic"), rule: mention.rule, start: mention.start, end: mention.end};
  }
  if (!mention.source) return null;
  return mention;
}

/** The person last introduced (before sentence `here`) with this role. */
function lastIntroduced(people: Map<string, Person>, role: string, here: number): Person | undefined {
  let last: Person | undefined;
  for (const person of people.values()) {
    if (person.introduced === undefined || person.introduced >= here || person.role !== role) continue;
    if (!last || person.introduced >= last.introduced!) last = person;
  }
  return last;
}

/**
 * The speaker a pronoun (`katanya`, `ia mengatakan`, `he said`) points back to: the last person who
 * said something in the last few sentences, else the last source that said something.
 */
function lastSpeaker(earlier: Found[]): Found | undefined {
  // Read back from the end, and only as far as the pronoun reaches: `earlier` is in sentence order.
  let latest: Found | undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const f = earlier[i];
    if (!f.counts || f.relay || f.mention.resolution === "imagery") continue;
    latest ??= f;
    if (latest.sentence.index - f.sentence.index > PRONOUN_REACH) break;
    if (f.mention.person && f.mention.named) return f;
  }
  return latest;
}

/** How many sentences back a pronoun still prefers a person over a more recent agency or body. */
const PRONOUN_REACH = 3;

/** One row per source per sentence; a counting mention beats a meta one. */
function dedupe(found: Found[]): Found[] {
  const kept: Found[] = [];
  for (const f of found) {
    const same = kept.findIndex((k) => k.mention.source === f.mention.source && k.counts === f.counts);
    if (same < 0) kept.push(f);
  }
  return kept;
}

/** The speaker of a quotation: the cue nearest to it in the sentence it closes (or opens) in. */
function speakerOf(quotation: Quotation, foundIn: Map<number, Found[]>): Found | undefined {
  const first = quotation.pieces[0];
  const last = quotation.pieces[quotation.pieces.length - 1];
  for (const piece of [last, first]) {
    const candidates = (foundIn.get(piece.sentence_index) ?? []).filter((f) => f.counts && f.mention.resolution !== "imagery");
    const speakers = candidates.some((c) => !c.relay) ? candidates.filter((c) => !c.relay) : candidates;
    if (speakers.length === 0) continue;
    const distance = (f: Found) => (f.cue_start >= piece.end ? f.cue_start - piece.end : f.cue_end <= piece.start ? piece.start - f.cue_end : 0);
    return [...speakers].sort((a, b) => distance(a) - distance(b) || a.cue_start - b.cue_start)[0];
  }
  return undefined;
}

/** The relaying source in the speaker's sentence (`seperti dikutip oleh KCNA`), if any. */
function relayOf(speaker: Found, foundIn: Map<number, Found[]>): string | null {
  return (foundIn.get(speaker.sentence.index) ?? []).find((f) => f.relay && f.counts)?.mention.source ?? null;
}

function row(f: Found, directQuote: boolean): AttributionRow {
  return {
    article_id: f.sentence.article_id,
    sentence_index: f.sentence.index,
    source: f.mention.source,
    category: f.mention.category,
    cue: f.cue,
    direct_quote: directQuote,
    source_text: f.sentence.text.slice(f.mention.start, f.mention.end),
    start: f.mention.start,
    end: f.mention.end,
    cue_start: f.cue_start,
    cue_end: f.cue_end,
    counts: f.counts,
    resolution: f.mention.resolution,
    rule: f.mention.rule,
    relay: f.relay,
    via: f.via ?? null,
    named: f.mention.named,
    person: f.mention.person,
    state_controlled: f.mention.state_controlled,
    country: f.mention.country,
    affiliation: f.mention.affiliation,
  };
}
