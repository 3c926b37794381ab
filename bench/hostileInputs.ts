// Adversarial article bodies for `npm run bench -- hostile` (issue 14): each family aims at one
// kind of rule that could take more than linear time — a regex that backtracks over a whole page,
// a finder that re-reads the text before every cue, joins that grow without bound — and is
// repeated to any size, so the bench can see how cost grows. Deterministic: same size, same text.

/** One family: a name, what it attacks, and a unit of text repeated to the wanted size. */
export interface HostileFamily {
  name: string;
  attacks: string;
  unit: (i: number) => string;
}

export const HOSTILE_FAMILIES: readonly HostileFamily[] = [
  {name: "abbreviation-cues", attacks: "sentences joined at every abbreviation, the noun phrase before each cue", unit: () => "kata Tn. "},
  {name: "no-whitespace", attacks: "word and token scans with nothing to split on", unit: (i) => (i % 7 === 0 ? "a.b" : "abcdefghij")},
  {name: "glued-sentences", attacks: "the glue-point split (`itu.Presiden`) run at every full stop", unit: (i) => `Kata${i % 10}.Presiden`},
  {name: "unbalanced-quotes", attacks: "quotation pairing across sentences and paragraphs", unit: (i) => (i % 3 === 0 ? "“kata dia " : i % 3 === 1 ? "\"ujar X, " : "« said ")},
  {name: "title-case-lines", attacks: "subheading, headline and related-link shapes on every line", unit: (i) => (i % 2 ? "Banjir Besar Melanda Kota Lama Lagi\n" : "Baca Juga Berita Terkini Hari Ini\n")},
  {name: "datelines", attacks: "dateline patterns that scan for a separator after outlet-like words", unit: (i) => (i % 2 ? "JAKARTA, KOMPAS.com - " : "BANDUNG (Antara) -- ")},
  {name: "editor-initials", attacks: "the editor-initials pattern at the end of a paragraph", unit: (i) => `(${"abcdef"[i % 6]}${"xyz"[i % 3]}/${"ghi"[i % 3]}) `},
  {name: "participles", attacks: "participle cues after commas, each reading the sentence's subject", unit: () => ", saying , adding , calling "},
  {name: "dense-cues", attacks: "every cue kind in one long sentence", unit: () => "kata menurut mengatakan said according to katanya he said seperti dikutip "},
  {name: "capitalised-runs", attacks: "name runs, alias lookups and role titles over long capitalised runs", unit: (i) => `Menteri Luar Negeri Aa${i % 97} Bb `},
  {name: "quoted-sentences", attacks: "one paragraph of short quoted sentences: quotation pieces, speakers and quote spans per sentence", unit: () => "“Ya,” kata Budi. "},
  {name: "markdown-title", attacks: "Markdown title and heading detection", unit: () => "# "},
  // Numbered, so no paragraph repeats another word for word (cleaning sets repeats aside).
  {name: "news", attacks: "a long normal-looking article: the cost of ordinary text at size", unit: (i) => NEWS[i % NEWS.length].replace(/\.\n$/u, ` (${i}).\n`)},
];

const NEWS = [
  "Banjir merendam ratusan rumah di pesisir utara, kata Kepala BNPB Agus Wibowo kepada wartawan, Senin (6/1).\n",
  "“Air mulai surut di beberapa desa, tetapi hujan diperkirakan masih turun hingga akhir pekan,” ujarnya.\n",
  "Menurut data BMKG, curah hujan mencapai sekitar 377 milimeter per hari, yang tertinggi sejak 2007.\n",
  "Reuters, citing local officials, reported that at least 43 people had died and thousands were displaced.\n",
  "The agency said rescuers were still searching for two missing residents, according to a statement.\n",
];

/**
 * A family's body of about `chars` characters (whole units only).
 * @example hostileBody(HOSTILE_FAMILIES[0], 20) // "kata Tn. kata Tn. kata Tn. "
 */
export function hostileBody(family: HostileFamily, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const unit = family.unit(i);
    parts.push(unit);
    length += unit.length;
  }
  return parts.join("");
}
