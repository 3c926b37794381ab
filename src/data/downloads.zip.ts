// Framework data loader: every table as CSV for readers to download (data-loaders/downloads.ts),
// one archive so the corpus is analysed once; pages link `data/downloads/<table>.csv`.
import {analyzeFolder} from "../../data-loaders/analyzeFolder.js";
import {downloadsZip} from "../../data-loaders/downloads.js";

process.stdout.write(await downloadsZip(await analyzeFolder(process.env.TELISIK_CORPUS)));
