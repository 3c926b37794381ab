import {test} from "node:test";
import assert from "node:assert/strict";
import {graphFromEdges} from "../../src/analysis/claims/graph.js";
import {clusterAt} from "../../src/analysis/claims/linkage.js";

test("average link does not chain: a path of look-alikes is not one cluster", () => {
  // 0~1~2~3~4~5, each neighbour 0.6 alike, nothing else: single link would give one cluster.
  const path = graphFromEdges(6, [0, 1, 2, 3, 4].map((i) => [i, i + 1, 0.6] as const), 0.1);
  const labels = [...clusterAt(path, 0.4)];
  assert.ok(new Set(labels).size >= 3, `got ${labels}`);
  for (const size of countSizes(labels)) assert.ok(size <= 2, "no cluster grows past a pair along the chain");
});

test("a clique of similar sentences is one cluster; an outsider linked to one member is not pulled in", () => {
  const edges: Array<[number, number, number]> = [[0, 1, 0.8], [0, 2, 0.7], [1, 2, 0.75], [2, 3, 0.5]];
  const labels = [...clusterAt(graphFromEdges(4, edges, 0.1), 0.4)];
  assert.equal(labels[0], labels[1]);
  assert.equal(labels[1], labels[2]);
  assert.notEqual(labels[3], labels[0], "0.5 to one of three averages 0.17");
});

test("the threshold orders the partitions: higher never merges more", () => {
  const edges: Array<[number, number, number]> = [];
  for (let i = 0; i < 12; i++) for (let j = i + 1; j < 12; j++) edges.push([i, j, ((i * 7 + j * 13) % 10) / 10]);
  const graph = graphFromEdges(12, edges, 0.05);
  let previous = 0;
  for (const t of [0.1, 0.3, 0.5, 0.7, 0.9, 1.01]) {
    const count = new Set(clusterAt(graph, t)).size;
    assert.ok(count >= previous, `${count} clusters at ${t}, ${previous} below`);
    previous = count;
  }
  assert.equal(previous, 12, "above every similarity every node is alone");
});

test("labels are numbered by first node and do not depend on edge order", () => {
  const edges: Array<[number, number, number]> = [[3, 4, 0.9], [0, 2, 0.9], [1, 5, 0.6]];
  const a = clusterAt(graphFromEdges(6, edges, 0.1), 0.5);
  const b = clusterAt(graphFromEdges(6, [...edges].reverse().map(([x, y, s]) => [y, x, s] as const), 0.1), 0.5);
  assert.deepEqual([...a], [0, 1, 0, 2, 2, 1]);
  assert.deepEqual([...b], [...a]);
});

function countSizes(labels: number[]): number[] {
  const sizes = new Map<number, number>();
  for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  return [...sizes.values()];
}
