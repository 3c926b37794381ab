// Whether a reporting verb has its agent after it. `dilaporkan KCNA`, `dilaporkan oleh Yonhap`,
// `expected by economists` name who reported or expected: an attribution, which the sourcing
// stage measures. `dilaporkan tewas`, `dilaporkan, ...`, `expected by March 20` name no one and
// stay hedges. The rule reads the shape of the words that follow, never a list of outlets; what
// marks an agent in each language is data (`agents` in src/reference/hedges.json).
import type {Token} from "../text/words.js";
import type {AgentWords} from "./lexicon.js";

/** The sentence around a cue, as the matcher sees it. */
export interface AgentContext {
  tokens: Token[];
  /** The tokens' words in lower case. */
  lower: string[];
  /** True when only white space separates token `a` from token `a + 1` (one phrase). */
  joined: (a: number) => boolean;
  /** Whether a lower-case word belongs to the lexicon's word class `name`. */
  inClass: (name: string, word: string) => boolean;
}

/**
 * Whether an agent follows in the same phrase from token `at` (the first word after the cue):
 * - a marker (`oleh`, `by`), then, past any `skip` words (`the`, a number), a word that is no
 *   time word (`by the government`, `by 31 economists`; not `by the end of March`, not `by 2025`);
 * - a media noun (`dilaporkan media setempat`, `dikabarkan kantor berita`);
 * - where the language puts names right after the verb (`names`), a capitalised word that is no
 *   time or quantity word (`dilaporkan KCNA`, not `dilaporkan Senin` or `diperkirakan Rp5 triliun`).
 * A comma or the end of the sentence ends the phrase: `Dilaporkan, tiga WNI terluka` has no agent.
 *
 * @example agentFollows(context("Hal itu dilaporkan oleh Yonhap."), 3, agents.id) // true
 * @example agentFollows(context("Lima orang dilaporkan tewas."), 3, agents.id) // false
 */
export function agentFollows(context: AgentContext, at: number, agents: AgentWords): boolean {
  const next = (i: number) => (i < context.tokens.length && context.joined(i - 1) ? i : -1);
  const notAgent = (i: number) => (agents.not_agents ?? []).some((name) => context.inClass(name, context.lower[i]));
  // A skip entry is a word (`the`) or a word class (`<quantity>`: `by 31 economists`).
  const skipped = (i: number) =>
    (agents.skip ?? []).some((entry) => (entry.startsWith("<") && entry.endsWith(">") ? context.inClass(entry.slice(1, -1), context.lower[i]) : entry === context.lower[i]));
  const first = next(at);
  if (first < 0) return false;
  if (agents.markers.includes(context.lower[first])) {
    let head = next(first + 1);
    while (head >= 0 && skipped(head)) head = next(head + 1);
    return head >= 0 && !notAgent(head);
  }
  if ((agents.media ?? []).includes(context.lower[first])) return true;
  return agents.names === true && /^\p{Lu}/u.test(context.tokens[first].text) && !notAgent(first);
}
