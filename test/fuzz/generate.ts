// The fuzz suite's hostile corpus (issue 14, item 3): files that attack every layer — bytes and
// encodings, front matter, ids and file names, links and special files, folder shapes, and text
// built to make rules slow (bench/hostileInputs.ts's families). Deterministic for a seed.
import {HOSTILE_FAMILIES, hostileBody} from "../../bench/hostileInputs.js";
import {seeded, type Random} from "./random.js";

/** One thing to put in the corpus folder. Links name their target relative to the link, or absolute. */
export type FuzzEntry =
  | {kind: "file"; path: string; contents: string | Uint8Array; family: string}
  | {kind: "symlink"; path: string; target: string; family: string}
  | {kind: "fifo"; path: string; family: string};

/** Files whose name holds this cannot be opened, and folders named this cannot be listed (the
 * suite's file system says EACCES: tests run as root, who can read anything). */
export const UNREADABLE = "unreadable";
export const LOCKED_FOLDER = "locked";

const QUOTES = ["“", "”", "„", "‟", "«", "»", "‹", "›", "「", "」", "『", "』", '"', "'", "‘", "’", "‚", "`", "❝", "❞"];
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2069", "\u061c", "\u00ad"];
const CUES = ["kata", "ujar", "menurut", "said", "according to", "katanya", "mengatakan", "told", "seperti dikutip", "tutur", "jelas"];
const ABBREVIATIONS = ["Tn.", "Ny.", "Dr.", "Prof.", "Mr.", "Mrs.", "St.", "Jl.", "No.", "dll.", "dsb.", "a.n.", "U.S.", "e.g."];
const WORDS = ["pemerintah", "Menteri", "banjir", "kata", "constructor", "__proto__", "toString", "hasOwnProperty", "Jakarta", "polisi", "warga", "the", "said", "official", "prototype", "valueOf"];
const ODD_NAMES = ["with space", "emoji-😀", "dollar$sign", "-leading-dash", "semi;colon", "quote'name", 'double"quote', "back\\slash", "ünïcødé", "日本語", "عربي", "\u202eevil", "tab\tname", "per%cent", "hash#tag", "a".repeat(200), "CON", "...", "new\nline"];

/** A sentence of ordinary-looking reporting, so some hostile files also have real content. */
function sentence(r: Random): string {
  const words = Array.from({length: r.int(4, 14)}, () => r.pick(WORDS));
  return `${words.join(" ")}, ${r.pick(CUES)} ${r.pick(["Menteri Budi", "Reuters", "polisi", "a spokesman", "KCNA"])}.`;
}

function prose(r: Random, sentences: number): string {
  return Array.from({length: sentences}, () => sentence(r)).join(r.pick([" ", "\n", "\n\n"]));
}

const withFrontMatter = (fields: string, body: string) => `---\n${fields}\n---\n${body}`;

/** Each family: a name and a file body (or bytes). `i` makes ids and names unique. */
const FILE_FAMILIES: {name: string; body: (r: Random, i: number) => string | Uint8Array}[] = [
  {name: "random-bytes", body: (r) => r.bytes(r.int(1, 4096))},
  {name: "nul-bytes", body: (r) => `${prose(r, 3)}\u0000${prose(r, 2)}`},
  {name: "control-chars", body: (r) => Array.from({length: 200}, () => String.fromCharCode(r.int(1, 31))).join("") + prose(r, 2)},
  {name: "huge-line", body: (r) => Array.from({length: r.int(5_000, 20_000)}, () => r.pick(WORDS)).join(" ")},
  {name: "utf16le-bom", body: (r) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(prose(r, 4), "utf16le")])},
  {name: "utf16be-bom", body: (r) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(prose(r, 4), "utf16le").swap16()])},
  {name: "bom-then-garbage", body: (r) => Uint8Array.from([...r.pick([[0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]]), ...r.bytes(r.int(10, 2000))])},
  {name: "latin1", body: (r) => Buffer.from(`Caf\u00e9 ${prose(r, 3)} na\u00efve \u00e0 Jakarta.`, "latin1")},
  {name: "lone-surrogates", body: (r) => Uint8Array.from([...Buffer.from(prose(r, 2)), 0xed, 0xa0, 0x80, ...Buffer.from(" dan "), 0xed, 0xbf, 0xbf, ...Buffer.from(prose(r, 1))])},
  {name: "lone-surrogates-string", body: (r) => `${prose(r, 2)} \ud800 ${prose(r, 1)} \udfff`},
  {name: "overlong-utf8", body: (r) => Uint8Array.from([...Buffer.from(prose(r, 1)), 0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xf4, 0x90, 0x80, 0x80])},
  {name: "invisible-chars", body: (r) => prose(r, 6).replace(/ /g, () => (r.next() < 0.5 ? r.pick(INVISIBLE) : " "))},
  {name: "rtl-override", body: (r) => `\u202e${prose(r, 3)}\u202c ${r.pick(CUES)} \u2067Menteri\u2069.`},
  {name: "unbalanced-quotes", body: (r) => Array.from({length: r.int(50, 2000)}, () => `${r.pick(QUOTES)}${r.pick(WORDS)} ${r.pick(CUES)} `).join("")},
  {name: "nested-quotes", body: (r) => {
    const depth = r.int(50, 3000);
    const open = Array.from({length: depth}, () => r.pick(QUOTES));
    return `${r.pick(CUES)} Menteri: ${open.join("")}${prose(r, 2)}${[...open].reverse().join("")}`;
  }},
  {name: "quoted-run", body: (r) => Array.from({length: r.int(100, 4000)}, () => `${r.pick(QUOTES)}${r.pick(WORDS)},${r.pick(QUOTES)} ${r.pick(CUES)} ${r.pick(["Budi", "dia", "Menteri", "KCNA"])}. `).join("")},
  {name: "abbreviation-run", body: (r) => Array.from({length: r.int(100, 3000)}, () => `${r.pick(CUES)} ${r.pick(ABBREVIATIONS)} `).join("")},
  {name: "cue-run", body: (r) => Array.from({length: r.int(100, 3000)}, () => r.pick(CUES)).join(" ")},
  {name: "bench-family", body: (r) => hostileBody(r.pick(HOSTILE_FAMILIES), r.int(1_000, 30_000))},
  {name: "no-whitespace", body: (r) => Array.from({length: r.int(1_000, 20_000)}, () => r.pick(["a", "B", ".", ",", "“", "-", "1"])).join("")},
  {name: "markup", body: (r) => `<script>alert(1)</script>\n# ${prose(r, 1)}\n\n<img src=x onerror=alert(1)> \${1+1} [x](javascript:alert(1))\n${prose(r, 3)}\n| a | b |\n| --- | --- |\n> ${prose(r, 1)}`},
  {name: "broken-front-matter", body: (r) => r.pick([
    `---\noutlet: [unclosed\n---\n${prose(r, 2)}`,
    `---\nid: x\n${prose(r, 2)}`,
    `---\n\tid: tab\n---\n${prose(r, 2)}`,
    `---\n: : :\n---\n${prose(r, 2)}`,
    `---\n---\n---\n${prose(r, 2)}`,
    `---\noutlet: "a\n---\n${prose(r, 2)}`,
    `---\n${"  ".repeat(200)}id: deep\n---\nTeks.`,
    `---\n${"[".repeat(r.int(10, 5000))}\n---\n${prose(r, 1)}`,
    `---\n${"a: &a\n  ".repeat(3)}b: *undefined\n---\nTeks.`,
  ])},
  {name: "alias-bomb", body: (r, i) => {
    const levels = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"];
    for (let l = 1; l < r.int(6, 12); l++) levels.push(`${String.fromCharCode(97 + l)}: &${String.fromCharCode(97 + l)} [${Array(9).fill(`*${String.fromCharCode(96 + l)}`).join(",")}]`);
    return withFrontMatter(`id: bomb-${i}\n${levels.join("\n")}\noutlet: *${String.fromCharCode(96 + levels.length)}`, prose(r, 2));
  }},
  {name: "wrong-types", body: (r, i) => withFrontMatter(r.pick([
    "id: [1, 2]", "id: {a: 1}", "id: 004", "id: .nan", "id: null", "id: ~", "id: true", "id: 1e400", "id: 0x1F", `id: "${"x".repeat(5000)}"`,
    `id: w${i}\noutlet: {name: x}`, `id: w${i}\noutlet: "   "`, `id: w${i}\npublished: 12`, `id: w${i}\npublished: 2023-02-30`, `id: w${i}\nlanguage: 5`,
    `id: w${i}\nlanguage: xx-unknown`, `id: w${i}\nbased_on: "AFP"`, `id: w${i}\nbased_on: [[1]]`, `id: w${i}\nreprint_of: [a]`, `id: w${i}\nevent: [1]`,
    `id: w${i}\nurl: javascript:alert(1)`, `id: w${i}\ntitle: !!binary aGVsbG8=`, `id: w${i}\nconstructor: 1\n__proto__: {polluted: true}`, `id: w${i}\nunknown_field: 1`,
  ]), prose(r, 3))},
  {name: "path-ids", body: (r, i) => withFrontMatter(`id: "${r.pick(["../../etc/passwd", "..", ".", "a/b", "..\\\\x", "/abs", "~root", "%2e%2e", "con", "", " ", "\u0000"])}${r.next() < 0.5 ? i : ""}"`, prose(r, 2))},
  {name: "duplicate-id", body: (r, i) => withFrontMatter(`id: dup-${i % 7}`, prose(r, 2))},
  {name: "empty", body: (r) => r.pick(["", " ", "\n\n\n", "\t \n", "---\n---\n", "---\nid: only-front-matter\n---\n", "\ufeff", "[iklan_1]\nKomentar (0)"])},
  {name: "ordinary", body: (r, i) => withFrontMatter(`id: ordinary-${i}\noutlet: Fuzz ${r.int(1, 5)}\nlanguage: ${r.pick(["id", "en"])}`, prose(r, r.int(3, 30)))},
];

/**
 * The hostile entries for a seed: `files` generated files from the families above, then a fixed
 * set of links, special files, unreadable files, deep nesting and multi-megabyte files (`large`
 * of them). Every path is under `h/`.
 * @example generateHostile(1, 10).length // 10 plus the fixed entries
 */
export function generateHostile(seed: number, files: number, large = 2): FuzzEntry[] {
  const r = seeded(seed);
  const entries: FuzzEntry[] = [];
  for (let i = 0; i < files; i++) {
    const family = FILE_FAMILIES[i % FILE_FAMILIES.length];
    const odd = r.next() < 0.1 ? `${r.pick(ODD_NAMES)}-` : "";
    const ext = r.pick([".md", ".txt", ".md", ".MD", ".markdown", ".Txt"]);
    entries.push({kind: "file", path: `h/${family.name}/${odd}${family.name}-${i}${ext}`, contents: family.body(r, i), family: family.name});
  }
  entries.push(...fixedEntries(r, large));
  // A link to an article inside the corpus is read under the link's name: point it at the first ordinary file.
  const ordinary = entries.find((e) => e.family === "ordinary")!;
  const inside = entries.find((e) => e.family === "link-inside");
  if (inside?.kind === "symlink") inside.target = `../ordinary/${ordinary.path.split("/").pop()}`;
  return entries;
}

function fixedEntries(r: Random, large: number): FuzzEntry[] {
  const entries: FuzzEntry[] = [
    {kind: "symlink", path: "h/links/zero.md", target: "/dev/zero", family: "link-device"},
    {kind: "symlink", path: "h/links/null.md", target: "/dev/null", family: "link-device"},
    {kind: "symlink", path: "h/links/random.txt", target: "/dev/urandom", family: "link-device"},
    {kind: "symlink", path: "h/links/folder.md", target: "../ordinary", family: "link-folder"},
    {kind: "symlink", path: "h/links/up", target: "../..", family: "link-folder"},
    {kind: "symlink", path: "h/links/root", target: "/", family: "link-folder"},
    {kind: "symlink", path: "h/links/dangling.md", target: "nowhere.md", family: "link-dangling"},
    {kind: "symlink", path: "h/links/loop-a.md", target: "loop-b.md", family: "link-loop"},
    {kind: "symlink", path: "h/links/loop-b.md", target: "loop-a.md", family: "link-loop"},
    {kind: "symlink", path: "h/links/outside.md", target: "/etc/hostname", family: "link-outside"},
    {kind: "symlink", path: "h/links/inside.md", target: "(set below)", family: "link-inside"},
    {kind: "fifo", path: "h/special/pipe.md", family: "fifo"},
    {kind: "file", path: `h/special/${UNREADABLE}-1.md`, contents: "Teks. Kata Menteri.", family: "unreadable"},
    {kind: "file", path: `h/special/${UNREADABLE}-2.txt`, contents: "", family: "unreadable"},
    {kind: "file", path: `h/${LOCKED_FOLDER}/inside-locked.md`, contents: "Teks yang tak terbaca.", family: "unreadable-folder"},
    {kind: "file", path: `h/${LOCKED_FOLDER}/deeper/also.md`, contents: "Teks.", family: "unreadable-folder"},
    {kind: "file", path: "h/special/.hidden.md", contents: "Tersembunyi.", family: "not-an-article"},
    {kind: "file", path: "h/special/_draft.md", contents: "Draf.", family: "not-an-article"},
    {kind: "file", path: "h/special/README.md", contents: "Readme.", family: "not-an-article"},
    {kind: "file", path: "h/special/notes.json", contents: "{}", family: "not-an-article"},
    {kind: "file", path: "h/.git/HEAD.md", contents: "ref", family: "not-an-article"},
    {kind: "file", path: "h/node_modules/x/README.txt", contents: "x", family: "not-an-article"},
    {kind: "file", path: "h/special/folder.md/inside.md", contents: "Folder bernama seperti artikel. Kata Menteri.", family: "odd-folder"},
  ];
  // Deep nesting: 60 folders (well under PATH_MAX, deeper than any corpus).
  entries.push({kind: "file", path: `h/${Array.from({length: 60}, (_, d) => `d${d}`).join("/")}/deep.md`, contents: "Teks yang dalam. Kata Menteri.", family: "deep-nesting"});
  // Multi-megabyte files: 1.5–4 MB of a bench family (analysed, slowly), and one over the 5 MB limit.
  for (let i = 0; i < large; i++) {
    const family = r.pick(HOSTILE_FAMILIES.filter((f) => f.name !== "markdown-title"));
    entries.push({kind: "file", path: `h/large/${family.name}-${i}.md`, contents: hostileBody(family, r.int(1_500_000, 4_000_000)), family: "multi-megabyte"});
  }
  entries.push({kind: "file", path: "h/large/over-limit.txt", contents: "kata Tn. ".repeat(700_000), family: "over-size-limit"});
  return entries;
}
