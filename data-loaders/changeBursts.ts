// Editors save in bursts (a temporary file, a rename) and a sync tool or a script may change files
// for minutes on end. One rerun per burst is enough, but a burst that never pauses must not
// starve the dashboard: it reruns at least every `maxWaitMs`, and once more when the burst ends.

export interface BurstOptions {
  /** Run once changes have paused this long. */
  quietMs?: number;
  /** Run at least this often while changes keep coming. */
  maxWaitMs?: number;
}

/**
 * A change handler that calls `run` with the changed paths: after a pause of `quietMs`, or
 * `maxWaitMs` after the first change not yet run, whichever comes first.
 * @example const changed = coalesceChanges((paths) => touchLoaders(paths)); watch(dir, (_e, file) => changed(file))
 */
export function coalesceChanges(run: (paths: string[]) => void, {quietMs = 200, maxWaitMs = 1000}: BurstOptions = {}): (path: string) => void {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let paths = new Set<string>();
  const fire = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    const changed = [...paths];
    paths = new Set();
    run(changed);
  };
  return (path) => {
    paths.add(path);
    clearTimeout(quiet);
    quiet = setTimeout(fire, quietMs);
    deadline ??= setTimeout(fire, maxWaitMs);
  };
}
