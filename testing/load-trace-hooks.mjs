/** Module hooks for load-trace.mjs: each file URL loaded, appended to the trace file. */
import fs from 'node:fs';

let traceFile;

export function initialize(data) {
  traceFile = data?.file;
}

export async function load(url, context, nextLoad) {
  if (traceFile && url.startsWith('file:')) fs.appendFileSync(traceFile, `${url}\n`);
  return nextLoad(url, context);
}
