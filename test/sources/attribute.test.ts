import {test} from "node:test";
import assert from "node:assert/strict";
import {attributeSentences} from "../../src/analysis/sources/attribute.js";
import type {AttributionRow, SentenceRow} from "../../src/analysis/types.js";
import {tablesFor} from "../eval/corpus.js";
import {settings} from "../helpers.js";

const registry = settings.registry;

/** Sentences of one article; `|` inside a string keeps the next sentence in the same paragraph. */
function article(...paragraphs: string[]): SentenceRow[] {
  const sentences: SentenceRow[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const text of p.split(" | ")) sentences.push({article_id: "t", index: sentences.length, paragraph, text, words: text.split(/\s+/).length});
  });
  return sentences;
}
const run = (...paragraphs: string[]) => attributeSentences(article(...paragraphs), registry);
const who = (rows: AttributionRow[], index: number) => rows.filter((r) => r.sentence_index === index && r.counts).map((r) => `${r.source}/${r.category}`);

test("trap: photo credits, bylines and related links are set aside, never attributed", () => {
  const tables = tablesFor([
    {
      file: "banjir/a.md",
      text: "---\nid: a\noutlet: Contoh\n---\nBanjir merendam ratusan rumah di pesisir, kata Badan Nasional Penanggulangan Bencana.\nWarga mengungsi ke masjid terdekat.\nFoto: Reuters\nFoto-foto dari lokasi menunjukkan air setinggi dada.\n",
    },
  ]);
  assert.ok(tables.spans.some((s) => s.role === "photo_credit" && s.text.includes("Reuters")));
  assert.ok(!tables.attributions.some((a) => a.source === "Reuters"), "a photo credit is not a source");
  // Pictures `from the site` name no publisher: no imagery attribution.
  const photos = tables.sentences.find((s) => s.text.startsWith("Foto-foto dari lokasi"))!;
  assert.deepEqual(tables.attributions.filter((a) => a.sentence_index === photos.index), []);
});

test("trap: katanya and tambahnya resolve to the right analyst when two are quoted in turn", () => {
  const {attributions, quotes} = run(
    "“Sanksi itu tidak akan mengubah perilaku Teheran,” kata Dina Hartono, peneliti di Lembaga Kajian Timur Tengah.",
    "“Yang berubah hanya harga minyak,” katanya.",
    "Pendapat berbeda datang dari Marcus Webb, seorang profesor ekonomi di University of Leeds.",
    "“Tekanan ekonomi pada akhirnya memaksa perundingan,” ujar Webb.",
    "Menurutnya, perundingan bisa dimulai akhir tahun, tambahnya.",
  );
  assert.deepEqual(who(attributions, 0), ["Dina Hartono/analyst"]);
  assert.deepEqual(who(attributions, 1), ["Dina Hartono/analyst"]);
  assert.equal(attributions.find((a) => a.sentence_index === 1)?.resolution, "pronoun");
  assert.deepEqual(who(attributions, 3), ["Marcus Webb/analyst"], "a surname alone finds the full name introduced earlier");
  assert.deepEqual(who(attributions, 4), ["Marcus Webb/analyst"]);
  assert.deepEqual(quotes.map((q) => `${q.sentence_index}:${q.speaker}:${q.category}:${q.named}`), ["0:Dina Hartono:analyst:true", "1:Dina Hartono:analyst:true", "3:Marcus Webb:analyst:true", "4:Marcus Webb:analyst:true"]);
  assert.deepEqual(quotes.map((q) => q.form), ["direct", "direct", "direct", "indirect"], "`Menurutnya, ...` is reported speech");
  assert.equal(quotes[0].affiliation, "Lembaga Kajian Timur Tengah");
});

test("trap: a name the registry has never seen is caught and classified by its role words", () => {
  const {attributions} = run(
    "Pengamat militer Rizal Darmaputra mengatakan latihan itu rutin.",
    "Menteri Luar Negeri Ruritania, Hana Volk, menyatakan negaranya netral.",
    "Harga gandum naik tajam, kata Olena Kravets dari Kyiv School of Economics.",
    "Antrean roti memanjang, kata Pavlo Marchenko dari Kyiv.",
    "Inflasi akan turun, ujar Taro Yamada, ekonom senior di sebuah bank Tokyo.",
    "Seorang sumber di istana mengatakan pertemuan ditunda.",
    "Para pakar menilai dampaknya kecil, menurut seorang diplomat Eropa.",
  );
  assert.deepEqual(who(attributions, 0), ["Rizal Darmaputra/analyst"]);
  assert.deepEqual(who(attributions, 1), ["Hana Volk/government"]);
  // No role word: an affiliation with an organisation word (`School`) makes an analyst, and the city
  // inside the school's name is not taken for the government; a bare place decides nothing (other).
  assert.deepEqual(who(attributions, 2), ["Olena Kravets/analyst"]);
  assert.equal(attributions.find((a) => a.sentence_index === 2)?.affiliation, "Kyiv School of Economics");
  assert.deepEqual(who(attributions, 3), ["Pavlo Marchenko/other"]);
  assert.deepEqual(who(attributions, 4), ["Taro Yamada/analyst"]);
  assert.deepEqual(who(attributions, 5), ["unnamed sources/anonymous"]);
  // `Para pakar menilai` (an unnamed group's view) and `menurut seorang diplomat Eropa`: both anonymous.
  assert.deepEqual(who(attributions, 6), ["unnamed analysts/anonymous", "unnamed official/anonymous"]);
});

test("the cue grammar: kata, ujar, menurut, lapor, X melaporkan, dikutip dari, seperti dilansir, demikian laporan", () => {
  const {attributions} = run(
    "Gempa berkekuatan 6,1 mengguncang Hokkaido, lapor NHK.",
    "Kantor berita Kyodo melaporkan tidak ada kerusakan besar.",
    "Jalur kereta ditutup sementara, seperti dilansir Nikkei Asia.",
    "Menurut Badan Meteorologi Jepang, tidak ada peringatan tsunami.",
    "Bandara dibuka kembali sore harinya, demikian laporan AFP.",
    "Dua orang luka ringan, dikutip dari Reuters.",
  );
  assert.deepEqual(who(attributions, 0), ["NHK/independent_media"]);
  assert.deepEqual(who(attributions, 1), ["Kyodo/independent_media"]);
  assert.deepEqual(who(attributions, 2), ["Nikkei/independent_media"]);
  assert.equal(attributions.find((a) => a.sentence_index === 3)?.category, "government", "an unknown body is classified by its head noun (badan)");
  assert.deepEqual(who(attributions, 4), ["AFP/independent_media"]);
  assert.deepEqual(who(attributions, 5), ["Reuters/independent_media"]);
});

test("English phrasings: said X, X said, according to, told, he added, images released by X showed", () => {
  const {attributions, quotes} = run(
    "The missile flew about 600 km, Japan's Ministry of Defense said.",
    "“This launch is a clear provocation,” said Lena Park, a senior fellow at the Asan Institute.",
    "The test would not change the balance on the peninsula, she added.",
    "According to Xinhua, Beijing urged restraint.",
    "Images released by KCNA showed the launch from a mobile platform.",
    "A South Korean official, speaking on condition of anonymity, told reporters the launch failed.",
  );
  assert.deepEqual(who(attributions, 1), ["Lena Park/analyst"]);
  assert.deepEqual(who(attributions, 2), ["Lena Park/analyst"]);
  // `Beijing urged` is the Chinese government's position, reported through Xinhua.
  assert.deepEqual(who(attributions, 3), ["Xinhua/state_media", "Chinese government/government"]);
  assert.equal(attributions.find((a) => a.sentence_index === 4)?.resolution, "imagery");
  assert.deepEqual(who(attributions, 4), ["KCNA/state_media"]);
  assert.equal(who(attributions, 0).length, 1);
  assert.equal(attributions.find((a) => a.sentence_index === 0)?.category, "government");
  assert.deepEqual(quotes.filter((q) => q.form === "direct").map((q) => q.speaker), ["Lena Park"]);
  // Reported speech: what the ministry said, what she added, what Beijing urged, what the official told reporters.
  assert.deepEqual(quotes.filter((q) => q.form === "indirect").map((q) => `${q.sentence_index}:${q.speaker}`), ["0:Japan's Ministry", "2:Lena Park", "3:Chinese government", "5:unnamed official"]);
});

test("meta mentions that attribute nothing are marked and not counted", () => {
  const {attributions} = run("Xinhua tidak merinci isi perjanjian itu.", "TASS did not elaborate on the timing.", "Kementerian Luar Negeri Rusia mengatakan kesepakatan sudah final.");
  const meta = attributions.filter((a) => !a.counts);
  assert.deepEqual(meta.map((a) => `${a.sentence_index}:${a.source}`), ["0:Xinhua", "1:TASS"]);
  assert.deepEqual(who(attributions, 2), ["Russian Ministry of Foreign Affairs/government"]);
});

test("a quote spanning two sentences belongs to its closing cue; cue words inside the quote are not cues", () => {
  const {attributions, quotes} = run("“Kami menyatakan siap berunding kapan saja. | Tetapi jangan harap kami menyerah,” kata juru bicara Taliban Zabihullah Mujahid.");
  assert.deepEqual(who(attributions, 0), ["Zabihullah Mujahid/government"]);
  assert.equal(attributions.find((a) => a.sentence_index === 0)?.resolution, "quote_span");
  assert.deepEqual(who(attributions, 1), ["Zabihullah Mujahid/government"]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0].quote_id, quotes[1].quote_id);
  assert.ok(quotes.every((q) => q.direct));
});

test("pointing back: kantor berita tersebut, the agency, laporan itu; generic state media takes the last country's", () => {
  const {attributions} = run(
    "Iran menguji rudal baru, lapor IRNA.",
    "Uji coba dilakukan di gurun, ujar kantor berita tersebut.",
    "Foto-foto media pemerintah menunjukkan peluncuran pada malam hari.",
    "Laporan itu tidak merinci jangkauan rudal.",
  );
  assert.deepEqual(who(attributions, 1), ["IRNA/state_media"]);
  assert.equal(attributions.find((a) => a.sentence_index === 1)?.resolution, "anaphora");
  assert.deepEqual(who(attributions, 2), ["Iranian state media/state_media"]);
  assert.deepEqual(attributions.filter((a) => !a.counts).map((a) => a.source), ["Iranian state media"]);
});

test("denials and accusations by governments, with coordinated subjects", () => {
  const {attributions} = run("Israel dan Hamas saling menuduh melanggar gencatan senjata.", "Pemerintah Filipina membantah laporan itu.", "China dan Rusia membantah tuduhan tersebut.");
  assert.deepEqual(who(attributions, 2), ["Chinese government/government", "Russian government/government"]);
  assert.equal(attributions.find((a) => a.sentence_index === 1)?.category, "government");
});

test("a relayed quote: the speaker is the one quoted, the relaying agency is marked as relay", () => {
  const {attributions, quotes} = run("Presiden Kuba Miguel Díaz-Canel berpidato di Havana. | “Kami tidak akan menyerah,” Prensa Latina mengutip pernyataan Díaz-Canel.");
  const relayed = attributions.filter((a) => a.sentence_index === 1);
  assert.deepEqual(relayed.map((a) => `${a.source}:${a.relay}`).sort(), ["Miguel Díaz-Canel:false", "Prensa Latina:true"]);
  assert.equal(quotes[0].speaker, "Miguel Díaz-Canel");
  assert.equal(quotes[0].category, "government");
  assert.equal(quotes[0].via, "Prensa Latina");
});

test("every span points at the words it names, and the same input gives the same rows", () => {
  const sentences = article("“Cukup,” kata Menteri Keuangan Sri Mulyani.", "Menurut Bank Dunia, ekonomi tumbuh 5 persen.", "Ia mengatakan, inflasi terkendali.");
  const first = attributeSentences(sentences, registry);
  for (const a of first.attributions) {
    const text = sentences[a.sentence_index].text;
    assert.equal(text.slice(a.start, a.end), a.source_text);
    assert.ok(a.cue_start! < a.cue_end! && a.cue_end! <= text.length);
  }
  for (const q of first.quotes) assert.equal(sentences[q.sentence_index].text.slice(q.start, q.end), q.text);
  assert.deepEqual(attributeSentences(sentences, registry), first);
  assert.deepEqual(who(first.attributions, 2), ["Sri Mulyani/government"], "a personal pronoun subject points back to the last person who spoke");
});

test("sentences with no cue, or a cue with no source, attribute nothing", () => {
  const {attributions} = run("Harga beras naik dua persen pekan ini.", "Kenaikan itu, kata mereka yang antre, terasa berat.", "Pertemuan itu merupakan langkah penting, mengutip dokumen lama.");
  assert.deepEqual(attributions, []);
});

test("a domestic story: portfolio titles, organisations, police, economists, titles with the name in apposition", () => {
  const {attributions, quotes} = run(
    "Bendungan itu akan mengairi 5.000 hektare sawah, kata Menteri Pekerjaan Umum Basuki Hadimuljono kepada wartawan.",
    "Basuki menambahkan, proyek tersebut menelan biaya Rp2 triliun.",
    "Namun, Wahana Lingkungan Hidup Indonesia (Walhi) menilai proyek itu merusak hutan.",
    "\"Ratusan warga kehilangan lahan,\" ujar Direktur Eksekutif Walhi Jawa Tengah, Fahmi Bastian.",
    "Kementerian PUPR belum menanggapi tuduhan itu.",
    "Ekonom Universitas Gadjah Mada Fithra Faisal menilai bendungan akan mendorong produksi beras.",
    "Menurutnya, dampak ekonomi baru terasa lima tahun lagi.",
    "Sementara itu, Polda Jateng menyatakan situasi kondusif.",
  );
  assert.deepEqual(who(attributions, 0), ["Basuki Hadimuljono/government"], "portfolio words are not part of the name");
  assert.deepEqual(who(attributions, 1), ["Basuki Hadimuljono/government"]);
  assert.deepEqual(who(attributions, 2), ["Wahana Lingkungan Hidup Indonesia/other"], "an organisation, not a person");
  assert.deepEqual(who(attributions, 3), ["Fahmi Bastian/other"]);
  assert.equal(quotes.find((q) => q.form === "direct")?.speaker, "Fahmi Bastian");
  assert.deepEqual(attributions.filter((a) => a.sentence_index === 4).map((a) => `${a.source}:${a.counts}`), ["Indonesian Ministry of Public Works and Public Housing:false"], "not answering is not sourcing; a listed short form is its ministry");
  assert.deepEqual(who(attributions, 5), ["Fithra Faisal/analyst"]);
  assert.deepEqual(who(attributions, 6), ["Fithra Faisal/analyst"]);
  assert.deepEqual(who(attributions, 7), ["Polda Jateng/government"]);
});

test("English wire style: the + name, present-tense cues, set-off subjects, non-responses", () => {
  const {attributions, quotes} = run(
    "The launches came days after the North threatened to respond to joint drills, according to the Joint Chiefs of Staff.",
    "\"Provocations will only deepen its isolation,\" the Unification Ministry said in a statement.",
    "Analysts say the North is trying to pressure Washington ahead of the election.",
    "KCNA, the North's official news agency, did not immediately report on the launches.",
    "A U.S. official, who spoke on condition of anonymity, said Washington was monitoring the situation.",
    "The Kremlin declined to comment.",
  );
  assert.deepEqual(who(attributions, 0), ["South Korean Joint Chiefs of Staff/government"]);
  assert.deepEqual(who(attributions, 1), ["South Korean Ministry of Unification/government"]);
  assert.equal(quotes[0].speaker, "South Korean Ministry of Unification");
  assert.deepEqual(who(attributions, 2), ["unnamed analysts/anonymous"]);
  assert.deepEqual(attributions.filter((a) => !a.counts).map((a) => `${a.sentence_index}:${a.source}`), ["3:KCNA", "5:Kremlin"]);
  // The speaker is the set-off subject, not `Washington` in what was said.
  assert.deepEqual(who(attributions, 4), ["unnamed official/anonymous"]);
  assert.equal(attributions.find((a) => a.sentence_index === 4)?.affiliation, "US government");
});

test("a quote run on across paragraphs takes the speaker named where it ends; a country's unlisted body is kept as written", () => {
  const {attributions, quotes} = run(
    "“Kami akan membangun kembali setiap rumah.",
    "“Butuh waktu bertahun-tahun,” kata Gubernur Jawa Barat Ridwan Kamil.",
    "Gempa susulan masih mungkin terjadi, menurut Badan Meteorologi Jepang (JMA).",
    "Pemerintah Jepang belum memberikan keterangan.",
  );
  assert.deepEqual(quotes.map((q) => `${q.sentence_index}:${q.speaker}`), ["0:Ridwan Kamil", "1:Ridwan Kamil"]);
  assert.deepEqual(who(attributions, 0), ["Ridwan Kamil/government"]);
  assert.deepEqual(who(attributions, 2), ["Badan Meteorologi Jepang/government"]);
  assert.deepEqual(attributions.filter((a) => !a.counts).map((a) => a.source), ["Japanese government"]);
});

test("pointing back in English and Indonesian: the company, the senator, the ministry, bunyi pernyataan itu", () => {
  const {attributions, quotes} = run(
    "Apple said in a statement that it would appeal the ruling.",
    "\"We are disappointed,\" the company wrote on X.",
    "Senator Elizabeth Warren criticized the merger.",
    "The senator told CNN on Sunday that the bill would pass.",
    "“Semua sudah sesuai prosedur,” demikian bunyi keterangan resmi Polda Bali.",
    "“Tidak ada korban,” bunyi pernyataan itu.",
  );
  assert.deepEqual(who(attributions, 1), ["Apple/other"]);
  assert.equal(quotes.find((q) => q.sentence_index === 1)?.speaker, "Apple");
  assert.deepEqual(who(attributions, 3), ["Elizabeth Warren/government", "CNN/independent_media"], "a role with `the` points back to the last person in that role's category");
  assert.equal(attributions.find((a) => a.sentence_index === 3 && a.source === "Elizabeth Warren")?.via, "CNN", "the interview was given to CNN, which relays it");
  assert.deepEqual(who(attributions, 4), ["Polda Bali/government"]);
  assert.deepEqual(who(attributions, 5), ["Polda Bali/government"]);
});

test("passive and reporting cues, ranks, agencies and counted unnamed sources", () => {
  const {attributions} = run(
    "Kapolri Jenderal Listyo Sigit Prabowo memastikan pengamanan berjalan lancar.",
    "Hal itu disampaikan Kepala BMKG Dwikorita Karnawati dalam keterangan tertulis, Minggu.",
    "OPEC memproyeksikan permintaan minyak naik tahun depan.",
    "Reuters reported, citing three people familiar with the matter, that the deal was close.",
  );
  assert.deepEqual(who(attributions, 0), ["Listyo Sigit Prabowo/government"]);
  assert.deepEqual(who(attributions, 1), ["Dwikorita Karnawati/government"], "`Kepala` takes its category from the agency (BMKG)");
  assert.deepEqual(who(attributions, 2), ["OPEC/government"]);
  const cited = attributions.filter((a) => a.sentence_index === 3);
  assert.deepEqual(cited.map((a) => `${a.source}/${a.category}/${a.relay}/${a.via}`), ["Reuters/independent_media/true/null", "unnamed sources/anonymous/false/Reuters"]);
});

test("participles, first-mention bodies, observers, and region names inside titles", () => {
  const {attributions, quotes} = run(
    "The ruling party won a narrow majority, the electoral commission said on Monday.",
    "Opposition leader Maria Santos refused to concede, calling the count \"deeply flawed\".",
    "International observers from the European Union said the vote was largely orderly.",
    "Kepala Dinas Kesehatan Jawa Timur Erwin Astha Triyono mengatakan sebagian besar pasien adalah anak-anak.",
    "“Kami minta orang tua waspada,” ujar Erwin.",
    "Turnout was 61 percent, according to official figures.",
  );
  assert.deepEqual(who(attributions, 0), ["electoral commission/government"], "a body named by its function, first mention");
  assert.deepEqual(who(attributions, 1), ["Maria Santos/other"], "the speaker of a participle is the sentence's subject");
  assert.equal(quotes.find((q) => q.sentence_index === 1)?.speaker, "Maria Santos");
  assert.deepEqual(who(attributions, 2), ["European Union/government"]);
  assert.deepEqual(who(attributions, 3), ["Erwin Astha Triyono/government"], "a province is not part of the name");
  assert.deepEqual(who(attributions, 4), ["Erwin Astha Triyono/government"]);
  assert.deepEqual(who(attributions, 5), [], "official figures are not an official");
});

test("traps: KCNA's renderings resolve to KCNA or North Korean state media in any cue position; Yonhap stays independent", () => {
  const {attributions} = run(
    "Uji coba berhasil, kata kantor berita resmi Korea Pusat (KCNA).",
    "Kantor Berita Pusat Korea mengatakan Kim hadir.",
    "Rudal itu baru, menurut kantor berita negara KCNA.",
    "Media Korea Utara melaporkan peluncuran kedua.",
    "Peluncuran ketiga diumumkan, lapor media pemerintah Korea Utara.",
    "Kantor berita Korea Selatan Yonhap melaporkan rudal jatuh di laut.",
    "Seoul mendeteksi peluncuran itu, lapor Yonhap mengutip Kepala Staf Gabungan.",
  );
  for (const index of [0, 1, 2]) assert.deepEqual(who(attributions, index), ["KCNA/state_media"], `sentence ${index}`);
  for (const index of [3, 4]) assert.deepEqual(who(attributions, index), ["North Korean state media/state_media"], `sentence ${index}`);
  assert.deepEqual(who(attributions, 5), ["Yonhap/independent_media"], "the agency, not South Korea's government");
  assert.equal(who(attributions, 6)[0], "Yonhap/independent_media");
});

test("a role pointing back finds the person the article introduced with that role, even before they spoke", () => {
  const {attributions} = run("Russian President Vladimir Putin met Kim Jong Un in Vladivostok.", "The Russian president said the talks went well.", "According to him, the two sides agreed to meet again.");
  assert.deepEqual(who(attributions, 1), ["Vladimir Putin/government"]);
  assert.deepEqual(who(attributions, 2), ["Vladimir Putin/government"]);
});

test("English statement verbs beyond `said`: expressed, argued, explained, pledged, hopes", () => {
  const {attributions} = run(
    "South Korea's Defense Ministry expressed deep concern over the meeting.",
    "Critics argue the law benefits a handful of elites.",
    "Economist Faisal Basri explained that the rate rise was pre-emptive.",
    "Jakarta Governor Anies Baswedan pledged to evacuate every resident.",
  );
  assert.deepEqual(who(attributions, 0).map((w) => w.split("/")[1]), ["government"]);
  assert.deepEqual(who(attributions, 1), ["unnamed sources/anonymous"], "unnamed critics are anonymous");
  assert.deepEqual(who(attributions, 2), ["Faisal Basri/analyst"]);
  assert.deepEqual(who(attributions, 3), ["Anies Baswedan/government"]);
});

test("a time phrase between the subject and its verb is not part of the subject", () => {
  const {attributions} = run("Officials had earlier said 35,000 people were in shelters.", "BNPB pada Senin mengatakan 43 orang tewas.");
  assert.deepEqual(who(attributions, 0), ["unnamed official/anonymous"]);
  assert.deepEqual(who(attributions, 1), ["BNPB/government"]);
});

test("a capitalised cue word inside a sentence is a name, not a cue; a described group of role holders is unnamed", () => {
  const {attributions} = attributeSentences(article(
    "In a statement, union chairman Said Iqbal said the strike would go on.",
    "Russian officials said a truck had been blown up on the bridge.",
    "Said Iqbal spoke first.",
  ), registry, {languageOf: () => "en"});
  assert.deepEqual(who(attributions, 0), ["Said Iqbal/other"]);
  assert.deepEqual(who(attributions, 1), ["unnamed official/anonymous"]);
  assert.deepEqual(who(attributions, 2), [], "`Said` opening a sentence is still read, but `spoke first` names no cue after it");
});
