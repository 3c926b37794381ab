// Framework data loader: the whole data contract for the corpus, computed by the same pipeline as
// the CLI. The corpus folder is articles/ unless TELISIK_CORPUS names another.
import {analyzeFolder} from "../../data-loaders/analyzeFolder.js";

const tables = await analyzeFolder(process.env.TELISIK_CORPUS);
process.stdout.write(JSON.stringify(tables));
