import {test} from "node:test";
import assert from "node:assert/strict";
import {isSemiOfficial, semiOfficialNote, sourceLabel} from "../src/components/semiOfficial.js";
import {settings} from "./helpers.js";

const registry = settings.registry;

test("semi-official sources carry the mark, by name or alias; others keep their name", () => {
  assert.equal(sourceLabel("Fars", registry), "Fars (semi-official)");
  assert.equal(isSemiOfficial("kantor berita Tasnim", registry), true);
  assert.equal(sourceLabel("IRNA", registry), "IRNA");
  assert.equal(sourceLabel("Yonhap", registry), "Yonhap");
  assert.equal(sourceLabel("a name nobody registered", registry), "a name nobody registered");
});

test("the note names every semi-official source from the registry", () => {
  assert.equal(semiOfficialNote(registry), "A name marked (semi-official) is state media tied to state organs without being one (Fars, ISNA, Mehr, Tasnim); it counts as state media.");
  assert.equal(semiOfficialNote({sources: []}), null);
});
