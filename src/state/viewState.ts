// A reader's view (event, filters, threshold, weights, cue edits) as a query string, so a shared
// URL reproduces it. The address is untrusted input: each value is read as data and checked
// against what the page offers; anything unknown falls back to the page's default. Nothing in it
// is ever evaluated, parsed as JSON or used as a property name.

export type ViewValue = string | number | null | undefined;

const paramsOf = (search: string | URLSearchParams) => (typeof search === "string" ? new URLSearchParams(search) : search);

/**
 * The query string for a view: keys in the order given, a value equal to its default (or null)
 * left out, so the default view has a bare address.
 * @example encodeView({event: "iran-2024", outlet: null, threshold: 0.5}, {threshold: 0.45}) // "?event=iran-2024&threshold=0.5"
 */
export function encodeView(state: Record<string, ViewValue>, defaults: Record<string, ViewValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === null || value === undefined || value === "" || value === defaults[key]) continue;
    if (typeof value === "number" && !Number.isFinite(value)) continue;
    params.set(key, String(value));
  }
  // Commas are safe in a query; left unescaped, a weight list stays readable (w=1,0,2).
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}

/**
 * The value of `key` if it is one of `options`, else `fallback`.
 * @example choiceFrom("?outlet=Republika", "outlet", [null, "Republika"], null) // "Republika"
 * @example choiceFrom("?outlet=__proto__", "outlet", [null, "Republika"], null) // null
 */
export function choiceFrom<T>(search: string | URLSearchParams, key: string, options: readonly T[], fallback: T): T {
  const wanted = paramsOf(search).get(key);
  if (wanted === null) return fallback;
  return options.find((option) => option !== null && String(option) === wanted) ?? fallback;
}

export interface BoundedNumber {
  value: number;
  /** What the address asked for, when it was a number outside the range (so the page can say so). */
  clampedFrom: number | null;
}

/**
 * A number from the address, clamped to [min, max] (and the value asked for when it was clamped);
 * absent or not a plain decimal number: the fallback.
 * @example numberFrom("?threshold=0.9", "threshold", {min: 0.3, max: 0.7, fallback: 0.45}) // {value: 0.7, clampedFrom: 0.9}
 * @example numberFrom("?threshold=1e999", "threshold", {min: 0.3, max: 0.7, fallback: 0.45}) // {value: 0.45, clampedFrom: null}
 */
export function numberFrom(search: string | URLSearchParams, key: string, {min, max, fallback}: {min: number; max: number; fallback: number}): BoundedNumber {
  const number = decimal(paramsOf(search).get(key));
  if (number === null) return {value: fallback, clampedFrom: null};
  const value = Math.min(max, Math.max(min, number));
  return {value, clampedFrom: value === number ? null : number};
}

/**
 * Named numbers written as one comma-separated list in `names` order (`w=1,0,2.5`), each read as
 * `numberFrom` reads one: clamped to [min, max], a missing or unreadable entry the fallback.
 * @example numbersFrom("?w=1,,9", "w", ["a", "b", "c"], {min: 0, max: 3, fallback: 1}).c // {value: 3, clampedFrom: 9}
 */
export function numbersFrom<K extends string>(search: string | URLSearchParams, key: string, names: readonly K[], range: {min: number; max: number; fallback: number}): Record<K, BoundedNumber> {
  const parts = (paramsOf(search).get(key) ?? "").split(",");
  const result = {} as Record<K, BoundedNumber>;
  names.forEach((name, i) => (result[name] = numberFrom(new URLSearchParams({[key]: parts[i] ?? ""}), key, range)));
  return result;
}

/**
 * Named numbers as the list `numbersFrom` reads.
 * @example numbersList({a: 1, b: 0.5}, ["a", "b"]) // "1,0.5"
 */
export function numbersList<K extends string>(values: Record<K, number>, names: readonly K[]): string {
  return names.map((name) => String(values[name])).join(",");
}

/** A plain decimal number (`0.5`, `-2`, `3`), or null: no hex, exponents, Infinity or blanks. */
function decimal(text: string | null): number | null {
  if (text === null || !/^-?\d{1,6}(\.\d{1,6})?$/.test(text.trim())) return null;
  return Number(text);
}
