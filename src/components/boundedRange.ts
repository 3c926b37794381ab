// A slider with a number box that says what it did with a value it cannot take. Observable
// Inputs shows a typed 5 on a 0–3 slider but silently keeps the old value; here the box is set to
// the nearest value the slider has, the figures follow, and a note beside it says why.
import * as Inputs from "@observablehq/inputs";

/**
 * Why a typed (or linked) value was replaced, or null when it was used as typed.
 * @example adjustmentNote(5, 3, [0, 3]) // "5 is above the maximum, 3: using 3."
 * @example adjustmentNote(1.3, 1.5, [0, 3]) // "1.3 is not one of the slider's steps: using 1.5."
 */
export function adjustmentNote(typed: number, used: number, [min, max]: [number, number]): string | null {
  if (typed === used) return null;
  if (typed > max) return `${typed} is above the maximum, ${max}: using ${used}.`;
  if (typed < min) return `${typed} is below the minimum, ${min}: using ${used}.`;
  return `${typed} is not one of the slider's steps: using ${used}.`;
}

/**
 * Inputs.range, whose number box clamps (and rounds to the step) what it cannot take, visibly.
 * `requested` is a value asked for elsewhere (the address) that `value` replaced: noted at once.
 * @example view(boundedRange([0, 3], {label: "Weight", step: 0.5, value: 1}))
 */
export function boundedRange(extent: [number, number], options: {label: string; step?: number; value: number; requested?: number | null}): HTMLElement & {value: number} {
  const {requested, ...rangeOptions} = options;
  const form = Inputs.range(extent, rangeOptions) as HTMLFormElement & {value: number};
  const number = form.querySelector<HTMLInputElement>("input[type=number]")!;
  // The note goes under the slider, outside Inputs' one-line form; the wrapper is the input.
  const wrapper = Object.defineProperty(document.createElement("div"), "value", {get: () => form.value, set: (v: number) => (form.value = v)}) as HTMLDivElement & {value: number};
  wrapper.className = "telisik-bounded";
  wrapper.appendChild(form);
  const note = wrapper.appendChild(document.createElement("output"));
  note.className = "telisik-adjusted";
  note.setAttribute("role", "status");
  const say = (typed: number, used: number) => (note.textContent = adjustmentNote(typed, used, extent) ?? "");
  if (typeof requested === "number") say(requested, form.value);
  // Runs after Inputs' own handler on the same box, which drops a value the box marks invalid.
  number.addEventListener("input", () => {
    const typed = number.valueAsNumber;
    if (!Number.isFinite(typed)) return;
    if (number.checkValidity()) return void say(typed, typed);
    form.value = typed; // the setter clamps and rounds to the step, and updates the box
    say(typed, form.value);
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return wrapper;
}
