// The event selector every page shows: with several events in the corpus, pages report one at a
// time. The choice can come from the address (`?event=...`), so links keep it.
import * as Inputs from "@observablehq/inputs";

/**
 * A select input over the corpus's events.
 * @example const event = view(eventPicker(eventsOf(corpus)))
 */
export function eventPicker(events: string[], search: string = globalThis.location?.search ?? ""): HTMLElement {
  const wanted = new URLSearchParams(search).get("event");
  return Inputs.select(events, {label: "Event", value: wanted !== null && events.includes(wanted) ? wanted : events[0]});
}
