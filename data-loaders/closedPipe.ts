// `telisik analyze --json | head`: when the reader stops reading, writing more is pointless, not
// an error, and no stack trace should follow the lines the reader wanted.

/**
 * When stdout is a pipe whose reader has gone, end the run at once with status 0 (the reader has
 * all it asked for). When it is stderr, only stop reporting progress: tables being written with
 * `--out` are still finished. Any other write error is rethrown as before.
 * @example endQuietlyWhenClosed(process.stdout, "exit")
 */
export function endQuietlyWhenClosed(stream: NodeJS.WriteStream, onClose: "exit" | "ignore"): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    if (onClose === "exit") process.exit(0);
  });
}
