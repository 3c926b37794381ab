// What a resolution rule is: a name (recorded on every row it produces, so `eval --details` can
// say which rule made each error) and a decision about one phrase.
import type {Mention} from "../mentions.js";
import type {Phrase} from "./phrase.js";

/** A rule's decision that the phrase names no source: no later rule is asked. */
export const NO_SOURCE = "no source";

/** A mention, `NO_SOURCE`, or undefined when the rule does not apply and the next one is asked. */
export type Decision = Mention | typeof NO_SOURCE | undefined;

export interface ResolutionRule {
  name: string;
  decide(phrase: Phrase): Decision;
}
