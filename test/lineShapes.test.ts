import {test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {compile} from "../src/analysis/clean/rules.js";
import {
  creditBracket,
  duplicateKey,
  isClosed,
  isContactLine,
  isCreditLine,
  isEmbedSignature,
  isHashtagLine,
  isImageLine,
  isLinkLine,
  isListRow,
  isNameLine,
  isReaderAddress,
  isSignoffLine,
  isTimestampLine,
  isTitleCase,
} from "../src/analysis/clean/lineShapes.js";

const rules = JSON.parse(readFileSync(new URL("../src/reference/cleaning.json", import.meta.url), "utf8"));
const dateWords = new Set<string>(rules.dateWords);
const credits = (rules.creditLines as string[]).map((s) => new RegExp(`^(?:${s})$`, "u"));

test("date lines are numbers and date words only, with a month, weekday or ISO date", () => {
  for (const line of ["Kamis, 2 Januari 2020 21:15 WIB", "7th February 2023", "date 2020-01-03", "• Sunday, 07 July 2024", "Date: 2021-05-04 10:12:00", "20:15 GMT +7:", "13:19 WIB"]) assert.equal(isTimestampLine(line, dateWords), true, line);
  for (const line of ["Adana: 43", "2023 Elections", "Sebanyak 43 orang meninggal pada 2 Januari 2020"]) assert.equal(isTimestampLine(line, dateWords), false, line);
});

test("credit lines are credits alone, not sentences that mention an agency", () => {
  for (const line of ["(AP)", "REUTERS/Willy Kurniawan", "(Picture: AFP)", "Photo by Turk Jandarma/UPI", "Jane Doe/The World", "Sputnik via AP", "John Smith / Sputnik, Kremlin Pool Photo via AP"]) assert.equal(isCreditLine(line, credits), true, line);
  for (const line of ["AP reported the toll rose.", "Reuters said 43 people died.", "Jakarta/Bogor toll road reopened on Friday", "Aid arrived via AP reporters' convoy."]) assert.equal(isCreditLine(line, credits), false, line);
});

test("paragraphs repeat when their letters and digits do", () => {
  assert.equal(duplicateKey("Tear gas fired, near Jakarta!"), duplicateKey("tear gas fired near  jakarta"));
});

test("a line closes like a sentence with its final mark, a closing quote or bracket; a closing asterisk does not count", () => {
  for (const line of ["Hujan turun.", "“Kami siap,” katanya.", "Ia datang (kemarin).", "Selesai.***", "Apa itu?"]) assert.equal(isClosed(line), true, line);
  for (const line of ["Banjir Rendam Solo", "Polisi menutup jalan,", "Warga: 12"]) assert.equal(isClosed(line), false, line);
});

test("title case: every word of four letters or more capitalised", () => {
  assert.equal(isTitleCase("Gubernur Resmikan Jembatan Baru di Kota Palu"), true);
  assert.equal(isTitleCase("Gubernur meresmikan jembatan baru di Palu"), false);
  assert.equal(isTitleCase("Rapat Umum"), false);
});

test("images, embeds and link boxes are recognised by their form", () => {
  assert.equal(isImageLine("![Banjir di Solo](https://example.org/a.jpg)"), true);
  assert.equal(isImageLine("![Banjir di Solo](https://example.org/a-very-long-name"), true);
  assert.equal(isImageLine("Lihat ![foto] di atas."), false);
  assert.equal(isLinkLine("https://t.co/abc https://t.co/def pic.twitter.com/xyz"), true);
  assert.equal(isLinkLine("Ikuti kanal kami di WhatsApp: https://wa.me/123"), true);
  assert.equal(isLinkLine("Data lengkap tersedia di laman https://bnpb.go.id/data."), false);
  assert.equal(isEmbedSignature("— Kantor SAR (@sar_kota) January 2, 2020"), true);
  assert.equal(isEmbedSignature("— Ia pergi ke pasar (kemarin)."), false);
});

test("sign-offs, writers' names and list rows", () => {
  assert.equal(isSignoffLine("— Bernama"), true);
  assert.equal(isSignoffLine("– AFP/Reuters"), true);
  assert.equal(isSignoffLine("— the ministry said later that it would appeal the decision"), false);
  assert.equal(isNameLine("Dewi Sartika Putri,"), true);
  assert.equal(isNameLine("Dewi Sartika Putri"), false);
  for (const row of ["Adana: 43", "- Jakarta Timur : 7 orang", "Sumatera : Aceh, Riau."]) assert.equal(isListRow(row), true, row);
  for (const line of ["Presiden mengatakan kepada wartawan di istana: kami siap.", "Ia berkata bahwa hujan turun lagi pada malam hari: deras."]) assert.equal(isListRow(line), false, line);
});

test("a bracketed credit closing a caption: a label, a Name/Outlet credit, or a name after the full stop", () => {
  const labels = /(?<!\p{L})(?:Foto|Photo|Picture|Screenshot)(?!\p{L})/iu;
  const at = (text: string) => {
    const i = creditBracket(text, labels, /^(?:Sumber|Source|Baca)(?!\p{L})/iu);
    return i === null ? null : text.slice(i).trim();
  };
  assert.equal(at("Warga mengungsi di Solo (Picture: AFP)"), "(Picture: AFP)");
  assert.equal(at("Warga mengungsi di Solo. (Budi Santoso/Harian Kota)"), "(Budi Santoso/Harian Kota)");
  assert.equal(at("Warga mengungsi di Solo. (Kantor Berita Kota)"), "(Kantor Berita Kota)");
  assert.equal(at("Rescuers search the rubble in Antakya (Jane Doe/AFP via Getty Images/TNS)"), "(Jane Doe/AFP via Getty Images/TNS)");
  assert.equal(at("Air mencapai dua meter di sejumlah kawasan. (Reuters: Jane Doe)"), "(Reuters: Jane Doe)");
  assert.equal(at("Banjir di kompleks DPR, Cipondoh. (KabarKota/2019 / Jane Doe)"), "(KabarKota/2019 / Jane Doe)");
  // A source's label is no picture credit, and an `Outlet: Name` needs the full stop before it.
  assert.equal(at("Inflasi naik menjadi 5 persen. (Sumber: Badan Pusat Statistik)"), null);
  assert.equal(at("Warga menyebutnya (Tim: Relawan Kota)"), null);
  assert.equal(at("Warga mengungsi di Solo (Budi Santoso / kotanews)"), "(Budi Santoso / kotanews)");
  assert.equal(at("Warga mengungsi menurut Badan Penanggulangan Bencana (BPBD)"), null);
  assert.equal(at("Warga mengungsi di Solo (kiri)."), null);
});

test("the page's promotion names a channel and speaks to its reader; news that mentions an app does not", () => {
  const r = compile(rules);
  const promo = (line: string) => isReaderAddress(line, r.readerChannel, r.readerAddress);
  for (const line of [
    "Keep up with the latest in the region with the Asian Insider newsletter, delivered to your inbox every weekday",
    "For all the latest headlines follow our Google News channel online or via the app.",
    "Simak berita pilihan kami langsung di WhatsApp Channel.",
    "This is the end of our live coverage. Thank you for following.",
  ]) assert.equal(promo(line), true, line);
  for (const line of [
    "The agency launched an app that warns residents of rising water.",
    "The US sent aid through a Telegram channel run by volunteers.",
    "\"Download our app to report floods,\" the governor told residents.",
    "BMKG meminta warga memantau peringatan melalui aplikasi resmi.",
  ]) assert.equal(promo(line), false, line);
});

test("contact lines are a contact label, a colon and its value", () => {
  const r = compile(rules);
  for (const line of ["Alamat: Graha L9 Lantai 3, Jalan Kebayoran Lama", "Telephone: 021-2212-6982", "E-Mail: redaksi@example.co.id"]) assert.equal(isContactLine(line, r.contactLabel), true, line);
  for (const line of ["Alamat korban belum diketahui polisi.", "Phone lines were down across the city."]) assert.equal(isContactLine(line, r.contactLabel), false, line);
});

test("a line of hashtags is a post's tags, a sentence with one is not", () => {
  for (const line of ["#Bankman-Fried", "#gempa #Turki #AFAD"]) assert.equal(isHashtagLine(line), true, line);
  for (const line of ["#Earthquake M4.5 occurred 10 km south of Malatya", "Tagar #TolakOmnibusLaw ramai di media sosial."]) assert.equal(isHashtagLine(line), false, line);
});
