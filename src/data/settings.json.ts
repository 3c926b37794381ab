// Framework data loader: the settings the corpus was analyzed with (reference data and metric
// parameters), so pages rerun the same src/analysis/ code with exactly these, or a reader's edits.
import {loadSettings} from "../../data-loaders/settings.js";

process.stdout.write(JSON.stringify(loadSettings(process.env.TELISIK_CORPUS || undefined)));
