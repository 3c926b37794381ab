import {test} from "node:test";
import assert from "node:assert/strict";
import {parseHTML} from "linkedom";

const {document} = parseHTML("<html><body></body></html>");
Object.assign(globalThis, {document});
const {nothing} = await import("../src/components/nothing.js");

test("nothing is a node that shows nothing", () => {
  const root = document.createElement("div");
  root.appendChild(nothing());
  assert.equal(root.childNodes.length, 1, "a node Framework can display and later remove");
  assert.equal(root.textContent, "");
});
