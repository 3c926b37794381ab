// Framework clears what a cell displayed only when the cell displays again: a cell that skips
// display() on a rerun leaves its old output up (a fixed cue-list warning stayed on screen). A
// cell whose output is conditional displays this when it has nothing to show.

/**
 * An empty placeholder to display in place of a warning or note that no longer applies.
 * @example display(errors.length ? paragraph(errors.join("; "), "telisik-warning") : nothing())
 */
export function nothing(): Comment {
  return document.createComment("nothing to show");
}
