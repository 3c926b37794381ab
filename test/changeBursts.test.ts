// The dev server reruns the loaders at least once a second while changes keep coming (issue 14).
import {test, mock} from "node:test";
import assert from "node:assert/strict";
import {coalesceChanges} from "../data-loaders/changeBursts.js";

/** Times (ms) at which `run` was called when `changeAt` lists the times of changes. */
function runsFor(changeAt: number[], until: number): {at: number; paths: string[]}[] {
  mock.timers.enable({apis: ["setTimeout"]});
  try {
    let now = 0;
    const runs: {at: number; paths: string[]}[] = [];
    const changed = coalesceChanges((paths) => runs.push({at: now, paths}), {quietMs: 200, maxWaitMs: 1000});
    for (let t = 0; t <= until; t += 10) {
      if (changeAt.includes(t)) changed(`articles/e/${t}.md`);
      now = t + 10; // what the timers fired during this tick see
      mock.timers.tick(10);
    }
    return runs;
  } finally {
    mock.timers.reset();
  }
}

test("one save runs once, after the pause", () => {
  const runs = runsFor([0, 20, 40], 2000);
  assert.deepEqual(runs, [{at: 240, paths: ["articles/e/0.md", "articles/e/20.md", "articles/e/40.md"]}]);
});

test("changes every 100 ms for 5 s still run at least once a second, and the last change is in the last run", () => {
  const changes = Array.from({length: 50}, (_, i) => i * 100);
  const runs = runsFor(changes, 8000);
  const times = runs.map((r) => r.at);
  assert.ok(runs.length >= 5, `only ${runs.length} runs: ${times}`);
  for (let i = 1; i < times.length; i++) assert.ok(times[i] - times[i - 1] <= 1000, `gap ${times[i] - times[i - 1]} ms`);
  assert.ok(times[0] <= 1000);
  // The last change (a deletion, say) is always in a run, so nothing stale stays shown.
  assert.ok(runs.at(-1)!.paths.includes("articles/e/4900.md"));
  assert.ok(times.at(-1)! <= 4900 + 200);
  assert.deepEqual(runs.flatMap((r) => r.paths).length, 50, "every change is reported once");
});
