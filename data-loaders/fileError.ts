// A file-system error in words a person can act on. The path is left out: the problem row that
// carries the message names the file, relative to the corpus, the same on every machine.

const REASONS: ReadonlyMap<string, string> = new Map([
  ["EACCES", "permission denied"],
  ["EPERM", "permission denied"],
  ["ENOENT", "no longer there (removed after the folder was listed)"],
  ["ENOTDIR", "no longer there (replaced after the folder was listed)"],
  ["ENAMETOOLONG", "path too long for the file system"],
  ["ELOOP", "too many levels of symbolic links"],
  ["EISDIR", "is a folder"],
  ["EMFILE", "too many open files"],
  ["ENFILE", "too many open files"],
  ["EIO", "input/output error"],
  ["EBUSY", "busy"],
]);

/**
 * Why a file-system call failed, with its error code.
 * @example fileError(Object.assign(new Error("EACCES: permission denied, open '/x'"), {code: "EACCES"})) // "permission denied (EACCES)"
 */
export function fileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string") return `${REASONS.get(code) ?? "file-system error"} (${code})`;
  // No code: the message is all there is; its first line, without the path Node appends.
  return String((error as Error | null)?.message ?? error).split("\n")[0].replace(/,\s*\w+\s+'[^']*'$/, "");
}
