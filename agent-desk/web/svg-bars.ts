/**
 * Horizontal bar charts as inline SVG: drawn on the server, no script and no style attribute
 * (the desk's CSP allows neither), sizes as SVG attributes and colours from the stylesheet.
 */
import { escapeHtml } from './desk-pages';

export interface Bar {
  label: string;
  value: number;
  /** What is printed after the bar (the value as people read it). */
  shown: string;
}

const WIDTH = 560;
const LABEL = 190;
const ROW = 26;

export function svgBars(title: string, bars: Bar[], options: { max?: number; name?: string } = {}): string {
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  const room = WIDTH - LABEL - 90;
  const rows = bars
    .map((b, i) => {
      const y = i * ROW;
      const w = max > 0 ? Math.round((Math.max(0, b.value) / max) * room) : 0;
      return `<g class="bar-row" data-label="${escapeHtml(b.label)}" data-value="${b.value}">
<text x="0" y="${y + 17}" class="bar-label">${escapeHtml(b.label)}</text>
<rect x="${LABEL}" y="${y + 4}" width="${room}" height="${ROW - 8}" class="bar-track"></rect>
<rect x="${LABEL}" y="${y + 4}" width="${w}" height="${ROW - 8}" class="bar-fill"></rect>
<text x="${LABEL + room + 8}" y="${y + 17}" class="bar-value">${escapeHtml(b.shown)}</text>
</g>`;
    })
    .join('\n');
  return `<svg class="bars" viewBox="0 0 ${WIDTH} ${bars.length * ROW}" width="100%" role="img" aria-label="${escapeHtml(title)}"${options.name ? ` data-chart="${escapeHtml(options.name)}"` : ''}>
<title>${escapeHtml(title)}</title>
${rows}
</svg>`;
}
