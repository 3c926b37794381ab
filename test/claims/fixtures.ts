// Hand-made articles for the claim tests: a different event, language and domain from the seeds.
import type {SourceDocument} from "../../src/analysis/types.js";

export function article(id: string, outlet: string, event: string, body: string, language = "en"): SourceDocument {
  return {file: `${id}.md`, text: `---\nid: "${id}"\noutlet: ${outlet}\nevent: ${event}\nlanguage: ${language}\n---\n${body}\n`};
}

const WIRE_FLOOD = "The river burst its banks on Monday night, flooding about 3,000 homes in the northern district of Valmora.";
const WIRE_RESCUE = "Rescue teams in rubber boats evacuated 500 residents from the flooded streets before dawn.";

/** Four outlets on a flood; Daily Post and Evening Star reprint one wire story, Harbour Radio reports on its own. */
export const FLOOD: SourceDocument[] = [
  article("f1", "Daily Post", "valmora-flood", `${WIRE_FLOOD} ${WIRE_RESCUE} Governor Maria Lopez declared a state of emergency across the province on Tuesday.`),
  article("f2", "Evening Star", "valmora-flood", `${WIRE_FLOOD} ${WIRE_RESCUE} Local shops in the market square stayed shut for a second day.`),
  article(
    "f3",
    "Harbour Radio",
    "valmora-flood",
    "Our reporter in Valmora watched the river overflow late on Monday; some 3,000 homes in the north of the town are under water. Governor Maria Lopez declared a state of emergency across the whole province on Tuesday. Farmers fear the harvest is lost.",
  ),
  article("f4", "Coast Times", "valmora-flood", "Governor Peter Hall declared a state of emergency across the neighbouring province on Tuesday. The national weather service expects more heavy rain this week."),
];
