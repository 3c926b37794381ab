import {test} from "node:test";
import assert from "node:assert/strict";
import {findDateline, findGluedDateline} from "../src/analysis/clean/dateline.js";
import {settings} from "./helpers.js";

const patterns = settings.cleaning.datelines.map((source) => new RegExp(`^(?:${source})`, "u"));
const dateWords = new Set(settings.cleaning.dateWords);
const dateline = (text: string) => {
  const found = findDateline(text, patterns, dateWords);
  return found && text.slice(0, found.length).trim();
};

test("the registry's patterns name the outlet and the place", () => {
  assert.deepEqual(findDateline("MEDAN, DETIK.COM - Harga cabai naik lagi pekan ini.", patterns, dateWords), {length: 19, outlet: "DETIK.COM", place: "Medan"});
  assert.deepEqual(findDateline("SURABAYA (Antara) - Hujan deras turun sejak pagi.", patterns, dateWords)?.place, "Surabaya");
});

test("an agency between slashes after the date names the outlet", () => {
  assert.deepEqual(findDateline("NOVOSIBIRSK /Siberia/, March 2. /NEWSWIRE/. Heavy snow closed the airport on Thursday.", patterns, dateWords), {length: 44, outlet: "NEWSWIRE", place: "Novosibirsk"});
});

test("datelines are recognised by their shape in every common form", () => {
  const cases: [string, string][] = [
    ["BANDUNG, Jan 3 — Heavy rain flooded the city's south on Friday.", "BANDUNG, Jan 3 —"],
    ["March 4 (Kyodo) — Japan's parliament passed the budget on Monday.", "March 4 (Kyodo) —"],
    ["Ankara, 9 February 2023 (dpa/ABC) - Rescuers pulled a girl from the rubble.", "Ankara, 9 February 2023 (dpa/ABC) -"],
    ["KUALA LUMPUR, Malaysia - The ringgit fell against the dollar today.", "KUALA LUMPUR, Malaysia -"],
    ["SEMARANG: Polisi menutup jalan utama menuju alun-alun kota.", "SEMARANG:"],
    ["Makassar. Pemerintah kota membuka posko pengungsian di tiga kecamatan.", "Makassar."],
    ["Kabar Kota/ Pemerintah kota membuka posko pengungsian hari ini.", "Kabar Kota/"],
    ["beritaku.id - Pemerintah kota membuka posko pengungsian hari ini.", "beritaku.id -"],
    ["Harian Rakyat, Solo – Pemerintah kota membuka posko pengungsian.", "Harian Rakyat, Solo –"],
    ["Medan, Kabar Kota -Pemerintah kota membuka posko pengungsian hari ini.", "Medan, Kabar Kota -"],
    ["BOGOR–Pemerintah kota membuka posko pengungsian di tiga kecamatan.", "BOGOR–"],
    ["BOGOR—-Pemerintah kota membuka posko pengungsian di tiga kecamatan.", "BOGOR—-"],
    ["KABARKOTA.com-Pemerintah kota membuka posko pengungsian di tiga kecamatan.", "KABARKOTA.com-"],
    ["Bogor, KabarKota.id ‒ Pemerintah kota membuka posko pengungsian hari ini.", "Bogor, KabarKota.id ‒"],
    ["Bogor, b-Onekota – Pemerintah kota membuka posko pengungsian hari ini.", "Bogor, b-Onekota –"],
    ["[Padang | 5 Maret 2024] Pemerintah kota membuka posko pengungsian.", "[Padang | 5 Maret 2024]"],
    ["Hanoi/Bangkok, March 2 (Kyodo): Both capitals reported record heat on Sunday.", "Hanoi/Bangkok, March 2 (Kyodo):"],
    ["Guwahati, September 13: Heavy rain flooded the city's south on Friday.", "Guwahati, September 13:"],
    ["Kabarkota.com Pemerintah kota membuka posko pengungsian di tiga kecamatan.", "Kabarkota.com"],
    ["BOGOR, KABARKOTA.COM Pemerintah kota membuka posko pengungsian di tiga kecamatan.", "BOGOR, KABARKOTA.COM"],
    ["Bogor, KABAR.ID,- Pemerintah kota membuka posko pengungsian di tiga kecamatan.", "Bogor, KABAR.ID,-"],
    ["KABAR.CO, Pemerintah kota membuka posko pengungsian di tiga kecamatan.", "KABAR.CO,"],
  ];
  for (const [text, expected] of cases) assert.equal(dateline(text), expected, text);
});

test("sentences that only look like one are not datelines", () => {
  for (const text of [
    "Kim Jong Un — North Korea's leader — met the delegation on Tuesday.",
    "Presiden Joko Widodo – yang baru tiba – langsung meninjau lokasi.",
    "Sept. 11 was a Tuesday, the official said in his statement.",
    "Banjir kembali merendam Jakarta - lagi - pada Sabtu pagi.",
    "Menurut BMKG: hujan akan turun sampai pekan depan di Jakarta.",
    "Jakarta–Bogor toll road was closed for hours on Friday morning.",
    "Kepala BNPB, Doni Monardo (kanan): warga harus segera mengungsi dari bantaran kali.",
    "Namun, dia – Presiden ke-7 – tetap meninjau lokasi banjir pada Sabtu.",
    "Kompas.com melaporkan bahwa banjir merendam tiga kecamatan.",
    "Menurut data BMKG, 13 titik: Hujan akan turun lagi pekan depan di Jakarta.",
    "Kepala BNPB, Doni Monardo (BNPB): warga harus segera mengungsi dari bantaran kali.",
  ]) assert.equal(dateline(text), null, text);
});

test("a caption that lost its line break runs into a dateline that names its outlet", () => {
  const text = "Warga antre di depan TPS beritakota.id - Pemungutan suara dimulai pukul tujuh pagi.";
  const glued = findGluedDateline(text, patterns, dateWords);
  assert.equal(text.slice(0, glued?.offset), "Warga antre di depan TPS ");
  assert.equal(glued?.dateline.length, "beritakota.id - ".length);
  // Not after a sentence end, and not a dateline that does not name its outlet.
  assert.equal(findGluedDateline("Warga antre. Di TPS beritakota.id - Pemungutan dimulai pagi ini.", patterns, dateWords), null);
  assert.equal(findGluedDateline("Warga antre di depan TPS SOLO - Pemungutan suara dimulai pukul tujuh.", patterns, dateWords), null);
});
