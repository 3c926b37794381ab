// Framework data loader: the latest sealed-split evaluation (test/gold/sealed-scores.json,
// written by `npm run eval -- --record-sealed`), so readers see the error rate of every measure.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "../../data-loaders/settings.js";

const file = join(PROJECT_ROOT, "test", "gold", "sealed-scores.json");
process.stdout.write(existsSync(file) ? readFileSync(file, "utf8") : JSON.stringify({measured: null}));
