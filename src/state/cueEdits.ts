// The hedging page's edited cue list, compactly, for the address: not the list (hundreds of
// lines) but how it differs from the published one, line by line. Dropped lines are named by
// their text, so an address stays meaningful when the reference data gains a cue.

const linesOf = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");

/**
 * The edits that turn the published cue list into the edited one, one per line: `-<line>` drops
 * a published line, `+<n> <line>` adds a line before published line n (n = the number of
 * published lines: at the end). Blank lines and surrounding spaces do not count. No edits: "".
 * @example cueEdits("hedge: a\nhedge: b\n", "hedge: a\nhedge: c\n") // "-hedge: b\n+2 hedge: c"
 */
export function cueEdits(published: string, edited: string): string {
  const before = linesOf(published);
  const after = linesOf(edited);
  // Longest common subsequence of lines: what is kept; the rest is dropped or added.
  const lcs = Array.from({length: before.length + 1}, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const edits: string[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      i++;
      j++;
    } else if (i < before.length && (j === after.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      edits.push(`-${before[i++]}`);
    } else {
      edits.push(`+${i} ${after[j++]}`);
    }
  }
  return edits.join("\n");
}

/**
 * The published cue list with the edits applied, one line per cue. Edits that cannot be read
 * or name a line that is not there are ignored; a position past the end adds at the end.
 * @example applyCueEdits("hedge: a\nhedge: b\n", "-hedge: b\n+2 hedge: c") // "hedge: a\nhedge: c\n"
 */
export function applyCueEdits(published: string, edits: string): string {
  const lines = linesOf(published);
  const dropped = new Set<number>();
  const added = new Map<number, string[]>();
  for (const edit of edits.split(/\r?\n/)) {
    const addition = /^\+(\d{1,6}) (.*\S.*)$/.exec(edit);
    if (addition) {
      const at = Math.min(Number(addition[1]), lines.length);
      added.set(at, [...(added.get(at) ?? []), addition[2].trim()]);
    } else if (edit.startsWith("-")) {
      const index = lines.findIndex((line, k) => line === edit.slice(1).trim() && !dropped.has(k));
      if (index >= 0) dropped.add(index);
    }
  }
  const result: string[] = [];
  for (let k = 0; k <= lines.length; k++) {
    result.push(...(added.get(k) ?? []));
    if (k < lines.length && !dropped.has(k)) result.push(lines[k]);
  }
  return result.map((line) => `${line}\n`).join("");
}
