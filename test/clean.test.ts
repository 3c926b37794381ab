import {test} from "node:test";
import assert from "node:assert/strict";
import {cleanArticle, splitParagraphs} from "../src/analysis/clean/clean.js";
import {settings} from "./helpers.js";

const clean = (text: string) => cleanArticle(text, settings.cleaning);
const roles = (text: string) => clean(text).blocks.map((b) => [b.role, b.text]);

test("a related-link line is set aside whole", () => {
  assert.deepEqual(roles("Isi berita pertama.\nBaca Juga: Harga Beras Naik Lagi di Pasar Induk\nIsi berita kedua."), [
    ["body", "Isi berita pertama."],
    ["related_link", "Baca Juga: Harga Beras Naik Lagi di Pasar Induk"],
    ["body", "Isi berita kedua."],
  ]);
});

test("a related-link headline glued to the next sentence is split at the glue", () => {
  assert.deepEqual(roles("BACA JUGA: Gempa Guncang Sulawesi TengahWarga diminta tetap tenang, kata BMKG."), [
    ["related_link", "BACA JUGA: Gempa Guncang Sulawesi Tengah"],
    ["body", "Warga diminta tetap tenang, kata BMKG."],
  ]);
  // A camel-case brand inside the headline is not a glue point.
  assert.deepEqual(roles("Read more: Why YouTube Changed Its RulesThe company said on Monday it would appeal."), [
    ["related_link", "Read more: Why YouTube Changed Its Rules"],
    ["body", "The company said on Monday it would appeal."],
  ]);
  // After a closing quote, not after an opening one.
  assert.deepEqual(roles("BACA JUGA: Menteri Sebut Pangan 'Prioritas Nomor Satu'Sementara itu, harga beras naik lagi."), [
    ["related_link", "BACA JUGA: Menteri Sebut Pangan 'Prioritas Nomor Satu'"],
    ["body", "Sementara itu, harga beras naik lagi."],
  ]);
});

test("a quotation closed by a bracketed name is reporting with its writer's credit, not a caption", () => {
  assert.deepEqual(roles("Isi berita pertama sudah lengkap di sini.\n\"Kesaksian para saksi itu penting,\" kata dia. (Nova Putri)\nIsi berita kedua.").slice(1, 3), [
    ["body", "\"Kesaksian para saksi itu penting,\" kata dia."],
    ["byline", "(Nova Putri)"],
  ]);
});

test("page residue, editor initials and bylines are set aside; credits become based_on", () => {
  const cleaned = clean("Kalimat berita.\n[iklan_3]\nKomentar (12)\nSumber\nAkhir berita. (ant/rdn)\nSiti Rahma (Menurut Reuters, AFP dan Kyodo)");
  assert.deepEqual(cleaned.blocks.map((b) => b.role), ["body", "residue", "residue", "residue", "body", "editor_initials", "byline"]);
  assert.equal(cleaned.blocks[4].text, "Akhir berita.");
  assert.deepEqual(cleaned.credits, ["Reuters", "AFP", "Kyodo"]);
  // A template's unrendered placeholder: `%d bloggers like this:`; a percentage is not one.
  assert.equal(roles("Kalimat pertama berita ini sudah lengkap.\nTW: Some visuals may be disturbing to the viewers.")[1][0], "residue");
  assert.equal(roles("Kalimat pertama berita ini sudah lengkap.\nDiscussion about this post")[1][0], "residue");
  assert.deepEqual(roles("Kalimat pertama berita ini sudah lengkap.\n%d bloggers like this:\n{{ share_count }} shares\nInflasi naik 5%dan harga beras ikut naik.").map((r) => r[0]), ["body", "residue", "residue", "body"]);
});

test("a photo caption and its credit are set aside, never body", () => {
  assert.deepEqual(roles("Presiden menyapa warga di Solo. Foto: Antara/Aditya\nIsi berita."), [
    ["caption", "Presiden menyapa warga di Solo."],
    ["photo_credit", "Foto: Antara/Aditya"],
    ["body", "Isi berita."],
  ]);
  assert.deepEqual(roles("Officials at the site on Tuesday. Photo: AP\nThe story goes on."), [
    ["caption", "Officials at the site on Tuesday."],
    ["photo_credit", "Photo: AP"],
    ["body", "The story goes on."],
  ]);
});

test("datelines give outlet and place and are set aside", () => {
  const republika = clean("REPUBLIKA.CO.ID, JAKARTA -- Pemerintah mengumumkan kebijakan baru.");
  assert.deepEqual(republika.dateline, {outlet: "REPUBLIKA.CO.ID", place: "Jakarta"});
  assert.deepEqual(republika.blocks.map((b) => b.role), ["dateline", "body"]);
  assert.equal(republika.blocks[1].text, "Pemerintah mengumumkan kebijakan baru.");
  assert.deepEqual(clean("JAKARTA, KOMPAS.com - Harga naik.").dateline, {outlet: "KOMPAS.com", place: "Jakarta"});
  assert.deepEqual(clean("SEOUL (Reuters) - North Korea fired a missile.").dateline, {outlet: "Reuters", place: "Seoul"});
  // A sentence that merely starts with a capitalised word is not a dateline.
  assert.equal(clean("Korea Utara menembakkan rudal - lagi.").dateline, null);
});

test("a short unpunctuated line between paragraphs is a subheading, a sentence is not", () => {
  assert.deepEqual(roles("Paragraf pertama.\n‘Bukan Urusan Kami’\nParagraf kedua.").map((r) => r[0]), ["body", "subheading", "body"]);
  assert.deepEqual(roles("Paragraf pertama.\n## Latar Belakang\nParagraf kedua.").map((r) => r[0]), ["body", "subheading", "body"]);
  assert.deepEqual(roles("Paragraf pertama.\nIa datang.\nParagraf kedua.").map((r) => r[0]), ["body", "body", "body"]);
});

test("hard-wrapped lines join into one paragraph; blank lines separate", () => {
  assert.deepEqual(splitParagraphs("Menteri itu mengatakan\nbahwa harga akan turun.\n\nParagraf baru."), [
    "Menteri itu mengatakan bahwa harga akan turun.",
    "Paragraf baru.",
  ]);
});

test("the page header above the dateline is set aside: title, standfirst, writer, menu items", () => {
  const cleaned = clean(
    [
      "Beranda",
      "Banjir Rendam Tiga Kecamatan di Solo",
      "Ribuan warga mengungsi setelah sungai meluap semalam.",
      "Dewi Sartika Putri,",
      "SOLO – Pemerintah kota membuka posko pengungsian di tiga kecamatan sejak Sabtu pagi.",
      "Kalimat kedua berita ini.",
    ].join("\n"),
  );
  assert.deepEqual(cleaned.blocks.map((b) => b.role), ["navigation", "headline", "standfirst", "byline", "dateline", "body", "body"]);
  assert.deepEqual(cleaned.dateline, {outlet: null, place: "Solo"});
});

test("in the story, lines that are no sentences are set aside by their shape", () => {
  const body = (line: string) => `Paragraf pertama berita ini sudah lengkap.\n${line}\nParagraf terakhir berita ini juga lengkap.`;
  const roleOf = (line: string) => roles(body(line))[1][0];
  assert.equal(roleOf("Gubernur Resmikan Jembatan Baru Penghubung Dua Kabupaten di Pesisir"), "related_link");
  assert.equal(roleOf("- Harga Cabai Naik Lagi, Pedagang Mengeluh di Pasar Induk Kota"), "related_link");
  assert.equal(roleOf("Korban terbanyak di Bogor"), "subheading");
  assert.equal(roleOf("3. Keluarga Korban Hadir di Sidang"), "subheading");
  assert.equal(roleOf("Bagikan:"), "widget");
  assert.equal(roleOf("Breaking News:"), "widget");
  assert.equal(roleOf("Ia menyebut tiga hal:"), "body");
  assert.equal(roleOf("Muat lebih banyak..."), "widget");
  assert.equal(roleOf("rss"), "navigation");
  assert.equal(roleOf("28"), "widget");
  // A sentence that lost its full stop is longer than a headline: it stays.
  assert.equal(roleOf("Wakil presiden mengatakan pada Selasa bahwa jumlah korban gempa di wilayah itu telah naik menjadi lebih dari tiga ribu orang"), "body");
});

test("lists stay reporting: rows of figures, and what a colon announces", () => {
  const cleaned = clean("Korban per kota:\nBogor: 11\nDepok: 4\nBekasi: 3\nKorban terus bertambah, kata petugas.");
  assert.deepEqual(cleaned.blocks.map((b) => b.role), ["body", "body", "body", "body", "body"]);
  // A list repeats its rows under each heading; a headline printed twice is still a duplicate.
  const polls = "Hasil hitung cepat dua lembaga survei sudah keluar malam ini.\nLembaga A\nPrabowo-Gibran: 58,1 persen\nSampel : 2.000 TPS di 38 Provinsi.\nLembaga B\nPrabowo-Gibran: 57,9 persen\nSampel : 2.000 TPS di 38 Provinsi.\nHasil resmi diumumkan KPU bulan depan.";
  assert.ok(!clean(polls).blocks.some((b) => b.role === "duplicate"));
  assert.equal(roles("Isi berita pertama ini sudah lengkap di sini.\nGempa Turki: Jumlah Korban Lebih dari 4300\nGempa Turki: Jumlah Korban Lebih dari 4300\nIsi berita kedua.")[2][0], "duplicate");
  assert.deepEqual(roles("Ia menyebut tiga wilayah:\nJawa Barat, Banten, DKI Jakarta\nHujan masih turun.").map((r) => r[0]), ["body", "body", "body"]);
});

test("the last paragraph stays unless it is a menu item, the writer's name or a title-case headline", () => {
  const last = (line: string) => roles(`Paragraf pertama berita ini sudah lengkap.\n${line}`)[1][0];
  assert.equal(last("Sementara itu, warga di bantaran sungai diminta tetap wasp"), "body");
  assert.equal(last("It is th"), "body");
  assert.equal(last("x"), "navigation");
  assert.equal(last("X"), "navigation");
  assert.equal(last("Julia Tchezganova"), "byline");
  assert.equal(last("Mr Anies and Mr Ganja"), "body");
  assert.equal(last("Russia's Investigative C"), "body");
  assert.equal(last("Gubernur Resmikan Jembatan Baru Penghubung Dua Kabupaten"), "related_link");
});

test("sign-offs, trailing links, bracketed credits and image captions are split off", () => {
  assert.deepEqual(roles("Harga naik tajam pekan ini, kata ekonom. — Bernama\nAkhir."), [
    ["body", "Harga naik tajam pekan ini, kata ekonom."],
    ["byline", "— Bernama"],
    ["body", "Akhir."],
  ]);
  assert.deepEqual(roles("Gempa kuat terasa di kota itu pagi ini. https://t.co/abc pic.twitter.com/xyz\nAkhir."), [
    ["body", "Gempa kuat terasa di kota itu pagi ini."],
    ["widget", "https://t.co/abc pic.twitter.com/xyz"],
    ["body", "Akhir."],
  ]);
  assert.deepEqual(roles("Warga mengungsi ke masjid terdekat (Picture: AFP)\nAkhir.").slice(0, 2), [
    ["caption", "Warga mengungsi ke masjid terdekat"],
    ["photo_credit", "(Picture: AFP)"],
  ]);
  assert.deepEqual(roles("Isi berita pertama.\n![Banjir](https://example.org/a.jpg)\nWarga mengungsi ke masjid terdekat.\nIsi berita kedua.").map((r) => r[0]), [
    "body",
    "image",
    "caption",
    "body",
  ]);
});

test("related-link markers with any punctuation or none, in brackets or with a bar", () => {
  for (const line of ["Baca juga Harga Cabai Naik Lagi", "BACA JUGA - Harga Cabai Naik Lagi", "(Read also: Prices Rise Again)", "WATCH | Prices Rise Again", "Baca: Harga Cabai Naik Lagi."]) {
    assert.equal(roles(`Isi berita pertama.\n${line}\nIsi berita kedua.`)[1][0], "related_link", line);
  }
  // A one-word marker needs its colon or bar: this is a sentence.
  assert.equal(roles("Isi berita pertama.\nBaca selengkapnya di laman resmi kementerian.\nIsi berita kedua.")[1][0], "body");
});

test("calls to the reader are widgets: install the app, follow us, read more here", () => {
  const cleaned = clean("Isi berita pertama ini sudah lengkap.\nTap to install our app.\n1. Tap in your navigation bar.\nSimak berita terkini lainnya hanya di laman kami.\nTap water was cut in three districts.\nIsi berita kedua.");
  assert.deepEqual(cleaned.blocks.map((b) => b.role), ["body", "widget", "widget", "widget", "body", "body"]);
});

test("labelled captions and credits, staff credits after the last sentence, editor initials alone", () => {
  assert.deepEqual(roles("JAKARTA - Ribuan buruh berunjuk rasa menolak undang-undang itu di depan gedung DPR pada Selasa.\nSumber gambar, Antara Foto\nKeterangan gambar, Polisi menembakkan gas air mata di depan gedung DPRD.\nIsi berita pertama.\nSumber, yang enggan disebut namanya, membenarkan kabar itu.\nIsi berita kedua ditutup di sini. Penulis: Budi SantosoEditor: Ani WijayaSumber: Kompas.com\n(ameera/contoh.id)").map((r) => r[0]), [
    "dateline",
    "body",
    "photo_credit",
    "caption",
    "body",
    "body",
    "body",
    "byline",
    "editor_initials",
  ]);
});

test("credits that lost their space, editor codes and short questions heading a section", () => {
  const story = "Isi berita pertama sudah lengkap di sini.";
  assert.deepEqual(roles(`${story}\nKedua pemimpin berjabat tangan di Vostochny, RusiaFoto: Jane Doe/dpa\nIsi berita kedua.`).slice(1, 3), [
    ["caption", "Kedua pemimpin berjabat tangan di Vostochny, Rusia"],
    ["photo_credit", "Foto: Jane Doe/dpa"],
  ]);
  assert.deepEqual(roles(`${story}\nMenurut KBRI, tiga WNI luka ringan dan telah dirawat di rumah sakit. (Cha/Dwo)`).slice(1), [
    ["body", "Menurut KBRI, tiga WNI luka ringan dan telah dirawat di rumah sakit."],
    ["editor_initials", "(Cha/Dwo)"],
  ]);
  assert.equal(roles(`${story}\nWhere did the truck come from?\nIsi berita kedua.`)[1][0], "subheading");
  assert.deepEqual(roles(`${story}\nHal itu dijanjikan oleh Presiden Rusia, Vladimir Putin. Kamis, 14 September 2023.`).slice(1), [
    ["body", "Hal itu dijanjikan oleh Presiden Rusia, Vladimir Putin."],
    ["timestamp", "Kamis, 14 September 2023."],
  ]);
  assert.equal(roles(`${story}\nSidang dimulai pukul 10.00. Pada 14 September 2023 hakim membacakan vonis.`).length, 2);
  assert.deepEqual(roles(`${story}\nPosko bantuan dibuka di:\nJakarta Pusat:\n- Gedung Balaikota, 0813 1140.\n– Prabowo-Gibran: 96.214.691 suara\n– Ganjar-Mahfud: 27.040.878 suara\nIsi berita kedua.`).map((r) => r[0]), ["body", "body", "subheading", "body", "body", "body", "body"]);
  assert.deepEqual(roles(`${story}\nHanya dua fraksi yang menolak.* Budi Santoso\nArtikel ini ditulis oleh:\nBudi Santoso`).slice(1).map((r) => r[0]), ["body", "byline", "byline", "byline"]);
  assert.equal(roles(`${story}\n"Where did the truck come from?"\nIsi berita kedua.`)[1][0], "body");
});

test("a picture's description left in another language is a caption, unless the declared language is wrong", () => {
  const id = [
    "Banjir merendam ribuan rumah di Jakarta dan sekitarnya pada hari Kamis.",
    "A woman holds her shoes as she walks through the water in Jakarta.",
    "Warga mengungsi ke masjid dan sekolah yang tidak terendam air.",
    "Petugas dari BPBD juga membagikan makanan kepada para pengungsi.",
  ].join("\n");
  assert.deepEqual(cleanArticle(id, settings.cleaning, "id").blocks.map((b) => b.role), ["body", "caption", "body", "body"]);
  // An English story declared Indonesian (pasted text defaults to `id`) keeps every sentence.
  const en = "Floods swept through the capital on Thursday.\nThousands of people left their homes in the east of the city.\nThe agency said the water was receding.";
  assert.deepEqual(cleanArticle(en, settings.cleaning, "id").blocks.map((b) => b.role), ["body", "body", "body"]);
});

test("a video's caption and a call to watch or a thanks to the reader are set aside", () => {
  const cleaned = clean("Isi berita pertama ini sudah lengkap.\nVideo: Building collapses after the earthquake struck\nSaksikan siaran langsung program kami di sini\nThank you for reading our coverage.\nIsi berita kedua.");
  assert.deepEqual(cleaned.blocks.map((b) => b.role), ["body", "caption", "widget", "widget", "body"]);
});

test("a wire photo's caption ends on the weekday and full date; a sentence dated in the body does not", () => {
  const story = "The first paragraph of the story is complete here.";
  assert.equal(roles(`${story}\nA man swims in flood water in Jakarta, Indonesia, Thursday, Jan. 2, 2020.\nThe second paragraph.`)[1][0], "caption");
  assert.equal(roles(`${story}\nThe bridge was reopened on Thursday, officials said.\nThe second paragraph.`)[1][0], "body");
  assert.equal(roles(`${story}\nBanjir merendam Jakarta, Kamis, 2 Januari 2020.\nParagraf kedua.`)[1][0], "body");
});

test("a blog engine's caption shortcode is a caption; calls to check the outlet elsewhere or to log in are widgets", () => {
  const story = "Isi berita pertama ini sudah lengkap di sini.";
  assert.deepEqual(roles(`${story}\n[caption id="attachment_1" align="alignnone" width="300"]Sidang vonis di PN Jakarta Selatan (Foto: Tangkapan layar)[/caption]\nCek berita dan artikel yang lain di Google News.\nPastikan anda login dalam platform dan berkomentarlah secara bijaksana.\nIsi berita kedua.`).map((r) => r[0]), ["body", "caption", "widget", "widget", "body"]);
});

test("the page's promotion and its contact lines are widgets", () => {
  const cleaned = clean("Isi berita pertama ini sudah lengkap.\nFor all the latest headlines follow our Google News channel online or via the app.\nThe agency's app warned residents an hour before the water rose.\nAlamat: Jalan Kebayoran Lama No. 17, Jakarta Selatan\nE-Mail: redaksi@example.co.id\nIsi berita kedua.");
  assert.deepEqual(cleaned.blocks.map((b) => b.role), ["body", "widget", "body", "widget", "widget", "body"]);
});

test("the story's first paragraph: timestamp, a caption run into the dateline, the dateline, the story", () => {
  assert.deepEqual(roles("Banjir Rendam Solo\n\ndate 2024-02-14 Warga antre di depan TPS beritakota.id - Pemungutan suara dimulai pukul tujuh pagi.\nAkhir."), [
    ["headline", "Banjir Rendam Solo"],
    ["timestamp", "date 2024-02-14"],
    ["caption", "Warga antre di depan TPS"],
    ["dateline", "beritakota.id -"],
    ["body", "Pemungutan suara dimulai pukul tujuh pagi."],
    ["body", "Akhir."],
  ]);
});
