// Cleaning's rules: the data in src/reference/cleaning.json (docs/cleaning.md), compiled once
// per rules object into the regular expressions and sets the cleaning steps use.
import type {ShapeLimits} from "./storyLines.js";

export interface CleaningRules {
  /** Labels that open a related-link line: `BACA JUGA:`, `Read more:`. Matched case-insensitively. */
  relatedLinkLabels: string[];
  /** Camel-case words that are not a headline glued to the next sentence (`YouTube`, `McDonald`). */
  camelCaseWords: string[];
  /** Whole-line page residue: ad slots, comment counters, share buttons (regex sources). */
  residueLines: string[];
  /** Labels of a photo credit at the end of a caption: `Foto`, `Photo`, `Sumber foto`. */
  photoCreditLabels: string[];
  /** Labels opening a caption line: `Keterangan gambar, ...`, `Image caption: ...`. */
  captionLabels: string[];
  /** Labels of the staff and source credits a page prints after the story's last sentence: `Penulis: ...`, `Editor: ...`, `Sumber: ...`. */
  staffLabels: string[];
  /** Words that open the credit in a byline: `Name (Menurut AP, ...)`. */
  bylineCreditLabels: string[];
  /** Labels of a byline line: `Oleh:`, `Penulis:`, `By`. */
  bylineLabels: string[];
  /** Editor initials closing a paragraph: `[ab/uh]`, `(ant/sya)` (regex source). */
  editorInitials: string;
  /** Dateline patterns (regex sources) with named groups `outlet` and/or `place`. */
  datelines: string[];
  /** Openings of a call to the reader (`Tap to install`, `Simak berita lainnya`): a line opening with one is a widget. */
  readerPrompts: string[];
  /** Where news reaches its reader (`newsletter`, `Google News`, `aplikasi`): with an address word, a line naming one is the page's promotion. */
  readerChannels: string[];
  /** Words that address the reader or speak as the outlet (`your`, `our`, `Anda`, `kami`), matched in their case (`us`, not `US`). */
  readerAddressWords: string[];
  /** Labels of the outlet's contact lines (`Alamat:`, `Telephone:`, `E-Mail:`). */
  contactLabels: string[];
  /** Each language's commonest function words: a line that uses only another language's is no line of the story (`functionWords.en` in an `id` article). */
  functionWords: Record<string, string[]>;
  /** How a wire photo's caption ends (regex source): the weekday and full date, `..., Thursday, Jan. 2, 2020.` */
  captionDate: string;
  /** The longest line (in words) that can be a subheading. */
  subheadingMaxWords: number;
  /** The longest unpunctuated line (in words) that is a headline; a longer one is a sentence that lost its full stop. */
  headlineMaxWords: number;
  /** Month and weekday names, time zones and date labels: a line of only these and numbers is a timestamp. */
  dateWords: string[];
  /** Whole-line picture credits (regex sources): `(AP)`, `REUTERS/Name`, `Photo by ...`. */
  creditLines: string[];
  /** A timestamp a page prints before the first paragraph (regex source): `date 2020-01-03 `. */
  timestampPrefix: string;
}

export interface Compiled {
  related: RegExp;
  residue: RegExp[];
  photoCredit: RegExp;
  creditLabel: RegExp;
  gluedCredit: RegExp;
  notCredit: RegExp;
  captionLine: RegExp;
  labelledCreditLine: RegExp;
  staffCredits: RegExp;
  byline: RegExp;
  bylineLabel: RegExp;
  bylineLabelAlone: RegExp;
  editorInitials: RegExp;
  editorInitialsLine: RegExp;
  datelines: RegExp[];
  camelCase: Set<string>;
  limits: ShapeLimits;
  dateWords: Set<string>;
  creditLines: RegExp[];
  timestampPrefix: RegExp;
  readerPrompt: RegExp;
  readerChannel: RegExp;
  readerAddress: RegExp;
  contactLabel: RegExp;
  functionWords: Map<string, Set<string>>;
  captionDate: RegExp;
}

const compiledRules = new WeakMap<CleaningRules, Compiled>();

export function compile(rules: CleaningRules): Compiled {
  let compiled = compiledRules.get(rules);
  if (!compiled) {
    const alternatives = (labels: string[]) => labels.map(escapeRegExp).join("|");
    compiled = {
      related: relatedLabel(rules.relatedLinkLabels),
      residue: rules.residueLines.map((source) => new RegExp(`^(?:${source})$`, "iu")),
      // The credit closes the paragraph: `... Korea. Foto: Reuters`, `(Foto: ANTARA/Rivan)`.
      photoCredit: new RegExp(`(?:^|\\s)\\(?(?:${alternatives(rules.photoCreditLabels)})(?:\\s*[:/]|\\s+(?:by|oleh)\\s)\\s*[^\\s][^()]{0,80}\\)?\\s*$`, "iu"),
      creditLabel: new RegExp(`(?<!\\p{L})(?:${alternatives(rules.photoCreditLabels)})(?!\\p{L})`, "iu"),
      // A credit that lost its space: `... Korea Utara dan RusiaFoto: Name/dpa`. Case matters here.
      gluedCredit: new RegExp(`(?<=\\p{Ll})(?:${alternatives(rules.photoCreditLabels)})\\s*:\\s*\\S[^()]{0,80}$`, "u"),
      // What a bracket opening with a source's or a link's label holds is no picture credit: `(Sumber: BPS)`.
      notCredit: new RegExp(`^(?:${alternatives([...rules.bylineCreditLabels, ...rules.relatedLinkLabels])})(?!\\p{L})`, "iu"),
      captionLine: new RegExp(`^(?:${alternatives(rules.captionLabels)})\\s*[,:]\\s*\\S`, "iu"),
      // `Sumber gambar, Antara Foto`: a picture label, a comma and a short credit, alone on its line.
      labelledCreditLine: new RegExp(`^(?:${alternatives(rules.photoCreditLabels)})\\s*,\\s*\\p{Lu}[^.!?,;]{0,40}$`, "iu"),
      // After the last sentence: `... ruang sidang. Penulis: Name Editor: Name Sumber: Kompas.com`.
      staffCredits: new RegExp(`(?<=[.!?"”’])\\s*(?:${alternatives(rules.staffLabels)})\\s*:\\s*\\p{Lu}(?:[^.!?]|\\.(?=\\p{L})){0,100}$`, "u"),
      byline: new RegExp(
        `^(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4})\\s*\\(\\s*(?:${alternatives(rules.bylineCreditLabels)})\\s*:?\\s+(?<credits>[^()]+)\\)\\s*$`,
        "u",
      ),
      // A label and a name, where a domain may end the line (`Sumber: Kompas.com`).
      bylineLabel: new RegExp(`^(?:${alternatives(rules.bylineLabels)})\\s*:?\\s+\\p{Lu}(?:[^.!?]|\\.(?=\\p{L})){0,80}$`, "u"),
      // The label alone, the name on the next line: `Artikel ini ditulis oleh:`.
      bylineLabelAlone: new RegExp(`^[\\p{L} ]{0,30}(?<!\\p{L})(?:${alternatives(rules.bylineLabels)})\\s*:$`, "iu"),
      editorInitials: new RegExp(`\\s*(?:${rules.editorInitials})\\s*$`, "u"),
      editorInitialsLine: new RegExp(`^\\s*(?:${rules.editorInitials})\\s*$`, "u"),
      datelines: rules.datelines.map((source) => new RegExp(`^(?:${source})`, "u")),
      camelCase: new Set(rules.camelCaseWords),
      limits: {subheadingMaxWords: rules.subheadingMaxWords, headlineMaxWords: rules.headlineMaxWords},
      dateWords: new Set(rules.dateWords.map((w) => w.toLowerCase())),
      creditLines: rules.creditLines.map((source) => new RegExp(`^(?:${source})$`, "u")),
      timestampPrefix: new RegExp(`^(?:${rules.timestampPrefix})`, "iu"),
      // Case matters: a prompt opens its line with a capital, after any list number.
      readerPrompt: new RegExp(`^(?:\\d{1,2}[.)]\\s+)?(?:${alternatives(rules.readerPrompts)})(?![\\p{L}-])`, "u"),
      readerChannel: wholeWords(rules.readerChannels, "iu"),
      readerAddress: wholeWords(rules.readerAddressWords, "u"),
      functionWords: new Map(Object.entries(rules.functionWords).map(([language, words]) => [language, new Set(words.map((w) => w.toLowerCase()))])),
      captionDate: new RegExp(rules.captionDate, "u"),
      contactLabel: new RegExp(`^(?:${alternatives(rules.contactLabels)})\\.?\\s*:\\s*\\S`, "iu"),
    };
    compiledRules.set(rules, compiled);
  }
  return compiled;
}

/**
 * A related-link marker opening a line, with any punctuation or none after it (`BACA JUGA:`,
 * `Baca juga`, `(Read also: ...`, `WATCH | ...`). A one-word marker (`Baca`, `Watch`) needs its
 * colon or bar, so that a sentence opening with the word is not taken for one.
 */
function relatedLabel(labels: string[]): RegExp {
  const phrase = labels.filter((l) => /\s/.test(l.trim())).map(escapeRegExp).join("|");
  const word = labels.filter((l) => !/\s/.test(l.trim())).map(escapeRegExp).join("|");
  return new RegExp(`^\\s*\\(?\\s*(?:(?:${phrase})(?:\\s*[:|.\\-–—]+\\s*|\\s+)|(?:${word})\\s*[:|]\\s*)`, "iu");
}

/** Any of the words or phrases, whole. */
function wholeWords(words: string[], flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, flags);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
