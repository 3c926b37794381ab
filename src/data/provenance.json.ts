// Framework data loader: when and from what the site was built (data-loaders/provenance.ts).
import {resolve} from "node:path";
import {provenance} from "../../data-loaders/provenance.js";
import {DEFAULT_CORPUS, REFERENCE_DIR} from "../../data-loaders/settings.js";

process.stdout.write(JSON.stringify(await provenance(resolve(process.env.TELISIK_CORPUS || DEFAULT_CORPUS), REFERENCE_DIR)));
