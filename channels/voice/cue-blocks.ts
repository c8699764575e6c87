/** Subtitle formats (SRT, WebVTT) are blocks of lines separated by blank lines; each keeps its 0-based start line. */
export interface CueBlock {
  start: number;
  lines: string[];
}

export function cueBlocks(lines: string[], from = 0): CueBlock[] {
  const blocks: CueBlock[] = [];
  let i = from;
  while (i < lines.length) {
    if (!lines[i]!.trim()) {
      i++;
      continue;
    }
    const start = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.trim()) block.push(lines[i++]!);
    blocks.push({ start, lines: block });
  }
  return blocks;
}
