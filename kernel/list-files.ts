/** The files an import command reads: one file as given, or a folder walked in name order. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Lists `target` itself when it is a file, otherwise every file below it that `accept` takes,
 * sorted so imports run in the same order everywhere. Hidden entries and README files are skipped;
 * a missing path throws what `missing` makes, so each caller names its own folder in its error.
 */
export function listFiles(target: string, accept: (fileName: string) => boolean, missing: () => Error): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw missing();
  }
  if (stat.isFile()) return [target];
  const out: string[] = [];
  const walk = (current: string) => {
    for (const item of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (item.name.startsWith('.')) continue;
      const full = path.join(current, item.name);
      if (item.isDirectory()) walk(full);
      else if (accept(item.name) && !/^readme\./i.test(item.name)) out.push(full);
    }
  };
  walk(target);
  return out;
}
