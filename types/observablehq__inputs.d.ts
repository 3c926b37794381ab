// Observable Inputs ships no types; these cover the inputs the pages' components use.
declare module "@observablehq/inputs" {
  type Options = Record<string, unknown>;
  export function select<T>(data: Iterable<T>, options?: Options): HTMLElement & {value: T};
  export function range(extent: [number, number], options?: Options): HTMLElement & {value: number};
  export function textarea(options?: Options): HTMLElement & {value: string};
  export function table<T>(data: Iterable<T>, options?: Options): HTMLElement;
  export function checkbox<T>(data: Iterable<T>, options?: Options): HTMLElement & {value: T[]};
  export function radio<T>(data: Iterable<T>, options?: Options): HTMLElement & {value: T};
  export function toggle(options?: Options): HTMLElement & {value: boolean};
  export function button(content?: unknown, options?: Options): HTMLElement;
  export function form(inputs: unknown, options?: Options): HTMLElement;
  export function search<T>(data: Iterable<T>, options?: Options): HTMLElement & {value: T[]};
}
