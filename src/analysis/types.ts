// The data contract (docs/data-contract.md) as TypeScript types. Every stage emits rows keyed by
// `article_id` and `sentence_index`; these names are a public interface: add fields, never rename.

export const SCHEMA = "telisik/1";

/** Who a piece of reporting rests on. */
export type SourceCategory =
  | "state_media"
  | "government"
  | "independent_media"
  | "analyst"
  | "anonymous"
  | "other";

export const SOURCE_CATEGORIES: readonly SourceCategory[] = [
  "state_media",
  "government",
  "independent_media",
  "analyst",
  "anonymous",
  "other",
];

/** The categories that are news media: what a relay or a media noun (`the agency`) can be. */
export const MEDIA_CATEGORIES: readonly SourceCategory[] = ["state_media", "independent_media"];

/** An article file as read from disk, before any analysis. */
export interface SourceDocument {
  /** Path relative to the corpus folder, with forward slashes. */
  file: string;
  /** Decoded UTF-8 text, front matter included. */
  text: string;
}

/** How the outlet name of an article was established. */
export type OutletBasis = "front_matter" | "dateline" | "house_style" | "unknown";

export interface ArticleRow {
  id: string;
  file: string;
  outlet: string;
  outlet_basis: OutletBasis;
  event: string;
  language: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** Sources an article credits as its basis (front matter, or a credit line such as `(Menurut AP, ...)`). */
  based_on: string[];
  /** Place from a dateline (`PYONGYANG`), if any. */
  place: string | null;
  /** Front matter `reprint_of`: the id of the earlier article this one reprints (flagged by `telisik add`). */
  reprint_of: string | null;
  /** Words in body sentences. */
  words: number;
  sentence_count: number;
}

/** A body sentence: the unit every later stage works on. */
export interface SentenceRow {
  article_id: string;
  /** 0-based within the article, in reading order. */
  index: number;
  /** 0-based paragraph (source line block) within the article. */
  paragraph: number;
  text: string;
  words: number;
}

/** Why a span of an article is not reporting. `body` spans are the sentences themselves. */
export type SpanRole =
  | "body"
  | "dateline"
  | "related_link"
  | "residue"
  | "editor_initials"
  | "byline"
  | "caption"
  | "photo_credit"
  | "subheading"
  | "headline"
  | "timestamp"
  | "duplicate"
  | "standfirst"
  | "image"
  | "widget"
  | "navigation";

/** Every piece of an article in reading order, so nothing cleaning sets aside is lost. */
export interface SpanRow {
  article_id: string;
  /** 0-based reading order within the article. */
  order: number;
  paragraph: number;
  role: SpanRole;
  text: string;
  /** The sentence index for `body` spans; null for set-aside spans. */
  sentence_index: number | null;
}

/** Fields after `direct_quote` are always set by `attributeSentences`; they are optional only so
 * row literals written before they existed still type-check. */
export interface AttributionRow {
  article_id: string;
  sentence_index: number;
  /** Canonical source name (registry name, or the name as written when not in the registry). */
  source: string;
  category: SourceCategory;
  /** The cue that attributes (`kata`, `menurut`, `melaporkan`, ...). */
  cue: string;
  /** True when the sentence carries a direct quote attributed to this source. */
  direct_quote: boolean;
  /** The mention as written in the sentence (`kantor berita tersebut`, `katanya` for a pronoun). */
  source_text?: string;
  /** Span of the mention in the sentence `text` (UTF-16, end exclusive). */
  start?: number;
  end?: number;
  /** Span of the cue in the sentence `text`. */
  cue_start?: number;
  cue_end?: number;
  /** False for meta mentions that attribute nothing (`KCNA tidak merinci ...`): not counted as sourcing. */
  counts?: boolean;
  /** How the source was found: direct (registry alias), role_words, name, pronoun, anaphora, quote_span, imagery, repaired, generic. */
  resolution?: string;
  /** The rule that decided the source (`registry_alias`, `named_person`, ...; docs/sources.md). */
  rule?: string;
  /** The source relays someone else's words (`seperti dikutip oleh KCNA`, `KCNA mengutip ...`). */
  relay?: boolean;
  /** The source that passed this one's words on in the same sentence (`Reuters, citing KCNA` → `Reuters` on KCNA's row), else null. */
  via?: string | null;
  /** False for unnamed role holders (`para analis`, `sumber`). */
  named?: boolean;
  /** A person rather than an agency, outlet or body. */
  person?: boolean;
  /** From the registry: the source is state-controlled. */
  state_controlled?: boolean;
  /** ISO 3166 alpha-2 country of a registry source, else null. */
  country?: string | null;
  /** A person's organisation (`Carnegie Endowment for International Peace`), else null. */
  affiliation?: string | null;
}

export interface QuoteRow {
  article_id: string;
  sentence_index: number;
  speaker: string;
  category: SourceCategory;
  affiliation: string | null;
  /** Direct (in quotation marks) or paraphrase/partial. */
  direct: boolean;
  /** `direct` (a quoted clause), `partial` (quoted words woven into the writer's sentence) or `indirect` (reported speech, no marks). */
  form?: "direct" | "partial" | "indirect";
  /** The quoted words in this sentence, marks excluded. */
  text?: string;
  /** Span of `text` in the sentence `text` (UTF-16, end exclusive). */
  start?: number;
  end?: number;
  /** False when the speaker is an unnamed role holder (anonymous). */
  named?: boolean;
  /** Same id on every sentence piece of one quotation (a quote may span two sentences). */
  quote_id?: string;
  /** The source that relays the quote (`KCNA mengutip pernyataan Kim`), else null. */
  via?: string | null;
}

export interface HedgeRow {
  article_id: string;
  sentence_index: number;
  /** The lexicon cue's name (src/reference/hedges.json), the same for every way it is written. */
  cue: string;
  kind: "hedge" | "booster";
  /** What the cue does: epistemic_modal, evidential, approximator, shield, verification, limiter, uncertainty (hedges); certainty, proof, emphatic (boosters); other. */
  type: string;
  /** The cue's language in the lexicon (`id`, `en`), or `any`. */
  language: string;
  /** UTF-16 offsets of the cue's words in the sentence `text`, end exclusive. */
  start: number;
  end: number;
  /** The cue's words as written in the sentence: `text.slice(start, end)`. */
  text: string;
  /** Added: whose words the cue is: `speaker` inside a quotation, `outlet` (the writer's own) outside it. */
  voice: "speaker" | "outlet";
}

export interface ClaimSentenceRef {
  article_id: string;
  sentence_index: number;
  /** The outlet of the sentence's article. */
  outlet: string;
  /** Which independent origin of the claim this sentence belongs to (0-based; outlets sharing copy share one). */
  origin: number;
}

/** A claim: one statement, reported by one or more outlets (docs/claims.md). */
export interface ClaimRow {
  /** `event/article_id:index` of the claim's first sentence. */
  id: string;
  /** In (article_id, index) order. */
  sentences: ClaimSentenceRef[];
  /** Distinct outlets, sorted. */
  outlets: string[];
  /** At least one pair of sentences from different outlets is shared copy (similarity ≥ the verbatim threshold). */
  verbatim: boolean;
  /** Highest similarity between two sentences of the claim from different outlets; 0 when one outlet. */
  max_similarity: number;
  event: string;
  /** Number of sentences. */
  size: number;
  outlet_count: number;
  /** Independent origins: outlets linked by shared copy count once. */
  origins: number;
  /** Shared-copy pairs, as positions in `sentences`. */
  copy_pairs: Array<[number, number]>;
  /** The text of the sentence most similar to the others: what the claim says. */
  representative: string;
}

/** Claim overlap between two outlets within one event (src/analysis/claims/outletPairs.ts). */
export interface OutletPairRow {
  event: string;
  outlet_a: string;
  outlet_b: string;
  claims_a: number;
  claims_b: number;
  shared_claims: number;
  /** shared / (claims_a + claims_b − shared). */
  jaccard: number | null;
  /** Share of a's claims that b also reports. */
  containment_a_in_b: number | null;
  containment_b_in_a: number | null;
  /** Sentence pairs between a and b that are shared copy. */
  verbatim_pairs: number;
  /** Sentences of a or b in a shared-copy pair with the other, over all their sentences in the event. */
  shared_copy_sentences: number;
  sentences: number;
  shared_copy_share: number | null;
}

/** One row per outlet. Domain metrics are merged in by `outlets.ts`. */
export interface OutletRow {
  outlet: string;
  articles: number;
  sentences: number;
  words: number;
  [metric: string]: unknown;
}

export type Severity = "error" | "warning";

export interface ProblemRow {
  file: string;
  severity: Severity;
  message: string;
}

/** The whole contract: what `analyze --json` prints and what the loaders feed the pages. */
export interface Tables {
  schema: typeof SCHEMA;
  articles: ArticleRow[];
  sentences: SentenceRow[];
  spans: SpanRow[];
  attributions: AttributionRow[];
  quotes: QuoteRow[];
  hedges: HedgeRow[];
  claims: ClaimRow[];
  outlets: OutletRow[];
  outlet_pairs: OutletPairRow[];
  problems: ProblemRow[];
}

/** The names of the row tables in `Tables`, in contract order. */
export const TABLE_NAMES = [
  "articles",
  "sentences",
  "spans",
  "attributions",
  "quotes",
  "hedges",
  "claims",
  "outlets",
  "outlet_pairs",
  "problems",
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
