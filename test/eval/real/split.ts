// Where a split's articles and gold live: test/corpus/<split>/<event>/<id>.md beside
// test/gold/<split>/<id>.jsonl (docs/annotation.md).
import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

export const SPLITS = ["dev", "sealed"] as const;
export type SplitName = (typeof SPLITS)[number];

const testDir = fileURLToPath(new URL("../../", import.meta.url));

export const corpusDir = (split: string) => join(testDir, "corpus", split);
export const goldDir = (split: string) => join(testDir, "gold", split);

export interface SplitFile {
  /** The article file's path relative to the split's corpus folder. */
  file: string;
  articlePath: string;
  goldPath: string;
}

/** Every article of a split with the path its gold must have, in path order. */
export function splitFiles(split: string): SplitFile[] {
  const root = corpusDir(split);
  if (!existsSync(root)) return [];
  const files: SplitFile[] = [];
  for (const event of readdirSync(root, {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(join(root, event)).filter((f) => f.endsWith(".md")).sort()) {
      const id = name.replace(/\.md$/, "");
      files.push({file: `${event}/${name}`, articlePath: join(root, event, name), goldPath: join(goldDir(split), `${id}.jsonl`)});
    }
  }
  return files;
}
