// Evidence links are real addresses of the page listing the evidence, and name the figure, so a
// plain click can open the same sentences in place.
import {test} from "node:test";
import assert from "node:assert/strict";
import {evidenceHref, evidenceRequest} from "../../src/components/evidenceLinks.js";
import {EVIDENCE_FIGURES} from "../../src/analysis/evidence/figureEvidence.js";

test("each figure links to the page and filter that list its evidence", () => {
  assert.equal(evidenceHref({figure: "state_media_dependence", outlet: "VOA Indonesia"}, "e1"), "./sources?event=e1&outlet=VOA+Indonesia&category=state_media&figure=state_media_dependence#evidence");
  assert.equal(evidenceHref({figure: "independent_share", outlet: "A"}, "e1"), "./sources?event=e1&outlet=A&category=independent&figure=independent_share#evidence");
  assert.equal(evidenceHref({figure: "hedges_per_1000_words", outlet: "A"}, "e1"), "./hedging?event=e1&outlet=A&figure=hedges_per_1000_words");
  assert.equal(evidenceHref({figure: "corroboration_rate", outlet: "A"}, "e1"), "./claims?event=e1&outlet=A&figure=corroboration_rate");
  assert.equal(evidenceHref({figure: "quotes", outlet: "A", category: "analyst"}, "e1"), "./analysts?event=e1&outlet=A&category=analyst&figure=quotes#quotes");
});

test("a link gives back what it asks for, for every figure; other links ask for nothing", () => {
  for (const figure of EVIDENCE_FIGURES) {
    const outlet = "unknown (003) & co=1#x";
    assert.deepEqual(evidenceRequest(evidenceHref({figure, outlet}, "e"))?.outlet, outlet, figure);
    assert.equal(evidenceRequest(evidenceHref({figure, outlet}, "e"))?.figure, figure);
  }
  assert.deepEqual(evidenceRequest(evidenceHref({figure: "quotes", outlet: "A", category: "anonymous"}, "e")), {figure: "quotes", outlet: "A", category: "anonymous"});
  assert.equal(evidenceRequest("./reader?article=004#s-004-3"), null);
  assert.equal(evidenceRequest("./sources?outlet=A&figure=words"), null, "an unknown figure");
  assert.equal(evidenceRequest("https://example.org/?figure=quotes"), null, "no outlet");
});
