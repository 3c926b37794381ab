import {test} from "node:test";
import assert from "node:assert/strict";
import {agentFollows, type AgentContext} from "../../src/analysis/hedging/agentFollows.js";
import {matchCues} from "../../src/analysis/hedging/matchCues.js";
import type {AgentWords, HedgeLexicon} from "../../src/analysis/hedging/lexicon.js";
import {tokenize} from "../../src/analysis/text/words.js";

const time = new Set(["senin", "march", "end", "pagi"]);
const numbers = new Set(["six"]);
const id: AgentWords = {markers: ["oleh"], media: ["media", "kantor"], names: true, not_agents: ["time", "quantity"]};
const en: AgentWords = {markers: ["by"], skip: ["the", "a", "<quantity>"], not_agents: ["time"]};

/** The context agentFollows reads, and the token after `word`. */
function after(text: string, word: string): [AgentContext, number] {
  const tokens = tokenize(text);
  const lower = tokens.map((t) => t.text.toLowerCase());
  const joined = (a: number) => a >= 0 && a + 1 < tokens.length && /^\s+$/u.test(text.slice(tokens[a].end, tokens[a + 1].start));
  const inClass = (name: string, w: string) => (name === "time" ? time.has(w) : name === "quantity" ? /^\p{N}/u.test(w) || numbers.has(w) : false);
  return [{tokens, lower, joined, inClass}, lower.indexOf(word) + 1];
}
const has = (text: string, word: string, agents: AgentWords) => agentFollows(...after(text, word), agents);

test("an agent is a marker and a noun phrase, a media noun, or (in Indonesian) a capitalised name", () => {
  assert.ok(has("Hal itu dilaporkan oleh Yonhap.", "dilaporkan", id));
  assert.ok(has("Peluncuran dilaporkan KCNA pada Kamis.", "dilaporkan", id));
  assert.ok(has("Kabar itu dilaporkan media setempat.", "dilaporkan", id));
  assert.ok(has("Kim dikabarkan kantor berita resmi tiba.", "dikabarkan", id));
  assert.ok(has("A hike was expected by economists.", "expected", en));
  assert.ok(has("The rate was expected by the market.", "expected", en));
  assert.ok(has("A hold was anticipated by the six economists surveyed.", "anticipated", en));
});

test("no agent: a verb, a preposition, a time or quantity word, punctuation, the sentence's end", () => {
  assert.ok(!has("Lima orang dilaporkan tewas.", "dilaporkan", id));
  assert.ok(!has("Dilaporkan, tiga WNI terluka.", "dilaporkan", id));
  assert.ok(!has("Korban dilaporkan Senin pagi.", "dilaporkan", id));
  assert.ok(!has("Kerugian dilaporkan 300 miliar.", "dilaporkan", id));
  assert.ok(!has("Sudah 51 korban telah dilaporkan.", "dilaporkan", id));
  assert.ok(!has("A result is expected by March 20.", "expected", en));
  assert.ok(!has("A deal is expected by the end of the year.", "expected", en));
  assert.ok(!has("A deal is expected by 2025.", "expected", en));
  // English passives take their agent with `by` only: a name after the verb is its complement.
  assert.ok(!has("He is considered Indonesia's most popular politician.", "considered", en));
});

test("an agentless cue with an agent after it is no cue: the sourcing stage counts it", () => {
  const lexicon: HedgeLexicon = {
    cues: [{cue: "dilaporkan", kind: "hedge", type: "shield", language: "id", agentless: true}],
    classes: {time: {words: [...time]}, quantity: {pattern: "^\\p{N}"}},
    agents: {id},
  };
  const found = (text: string) => matchCues(text, lexicon).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(found("Lima orang dilaporkan tewas."), ["dilaporkan"]);
  assert.deepEqual(found("Peluncuran itu dilaporkan KCNA."), []);
  // Without the flag, the same verb is a cue whoever follows.
  assert.deepEqual(matchCues("Peluncuran itu dilaporkan KCNA.", {...lexicon, cues: [{...lexicon.cues[0], agentless: false}]}).length, 1);
});
