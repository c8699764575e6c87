/**
 * Once per `vitest run`: a folder for what test files share within the run (the knowledge
 * template, testing/knowledge-template.ts), named to the workers through the environment they
 * inherit, and removed at the end so nothing carries over to the next run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Names the run's shared folder to the test workers (read by testing/knowledge-template.ts). */
export const TEMPLATE_ENV = 'AFTERSALES_TEST_KNOWLEDGE_TEMPLATE';

export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersales-run-'));
  process.env[TEMPLATE_ENV] = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
