/**
 * "换电池怎么弄，能上门取吗" for a phone or a small device: they go to a service centre or are mailed
 * in, never visited, and that is said with what the desk can do (register the repair here). From the
 * mail-in entry of knowledge/sample/carry-in-service.json.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { entryById } from './entry-by-id';
import { answerWithSource } from './flows/fault-flow';

const ENTRY = 'qa-mail-in-repair';
const QUERY = { zh: '寄修怎么寄 能寄修吗', en: 'how does a mail-in repair work, do you offer mail-in repair' };

export async function collectAnswer(tools: ToolBox, lang: Lang): Promise<{ id: string; text: string } | undefined> {
  const entry = await entryById(tools, ENTRY, QUERY[lang]);
  return entry && { id: entry.id, text: answerWithSource(entry, lang) };
}
