// `npm run gold:check [-- SPLIT ...]`: checks gold against its articles without running the
// analysis (so sealed gold can be checked before the code sees it). `SPLIT/EVENT` checks one
// event's folder. Exits 1 on any problem.
import {existsSync} from "node:fs";
import {readGold} from "./gold.js";
import {SPLITS, splitFiles} from "./split.js";

const splits = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [...SPLITS];
let failed = 0;
for (const name of splits) {
  const [split, event] = name.split("/");
  const files = splitFiles(split).filter((f) => event === undefined || f.file.startsWith(`${event}/`));
  let sentences = 0;
  let boilerplate = 0;
  for (const file of files) {
    if (!existsSync(file.goldPath)) {
      console.log(`${split}/${file.file}: no gold file (${file.goldPath})`);
      failed++;
      continue;
    }
    const {article, problems} = readGold(file.articlePath, file.goldPath);
    for (const p of problems) console.log(`${split}/${file.file}: ${p}`);
    if (problems.length > 0) failed++;
    if (!article) continue;
    const id = file.file.split("/").pop()!.replace(/\.md$/, "");
    if (article.id !== id) {
      console.log(`${split}/${file.file}: front matter id ${JSON.stringify(article.id)} differs from the file name`);
      failed++;
    }
    sentences += article.records.filter((r) => r.kind === "sentence").length;
    boilerplate += article.records.filter((r) => r.kind === "boilerplate").length;
  }
  console.log(`${name}: ${files.length} articles, ${sentences} sentences, ${boilerplate} boilerplate pieces`);
}
console.log(failed === 0 ? "gold ok" : `${failed} article(s) with gold problems`);
process.exitCode = failed === 0 ? 0 : 1;
