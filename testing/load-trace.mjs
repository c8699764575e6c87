/**
 * `node --import ./testing/load-trace.mjs ...`: writes every file the process loads, one URL a
 * line, to the file named by LOAD_TRACE_FILE, so a test can see what a command pulled in.
 */
import { register } from 'node:module';

register('./load-trace-hooks.mjs', import.meta.url, { data: { file: process.env.LOAD_TRACE_FILE } });
