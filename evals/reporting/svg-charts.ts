/**
 * Charts drawn as inline SVG strings on the server: the report must open offline (no CDN, no
 * script), and a few bars, a heat map and histograms need no charting library. Every text is
 * escaped; every chart carries a class the render test looks for.
 */
import type { ConfusionMatrix } from '../metrics';
import { percentile } from '../metrics';
import type { Metric } from '../suite';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const FONT = 'font-family="system-ui, sans-serif"';

/** Rough rendered width of a label at 12 px: wide CJK glyphs, narrow Latin ones. */
const textWidth = (text: string) => [...text].reduce((w, ch) => w + (/[\u2e80-\uffef]/u.test(ch) ? 12 : 6.8), 0);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Horizontal bars for 0-1 figures, one row each, labelled with the value. */
export function barChart(title: string, bars: { label: string; value: number; better?: Metric['better'] }[]): string {
  const rowH = 22;
  const labelW = Math.ceil(Math.max(120, ...bars.map((b) => textWidth(b.label) + 14)));
  const barW = 360;
  const height = 30 + bars.length * rowH + 10;
  const width = Math.max(labelW + barW + 70, Math.ceil(textWidth(title) * 1.2) + 10);
  const rows = bars
    .map((b, i) => {
      const y = 30 + i * rowH;
      const v = Math.max(0, Math.min(1, b.value));
      // Where lower is better the bar still shows the value, in a different colour.
      const fill = b.better === 'lower' ? '#d98c3a' : '#3a7bd5';
      return (
        `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end" font-size="12" ${FONT}>${escapeXml(b.label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${barW}" height="${rowH - 6}" fill="#eef1f5"/>` +
        `<rect class="bar" x="${labelW}" y="${y + 3}" width="${(v * barW).toFixed(1)}" height="${rowH - 6}" fill="${fill}"><title>${escapeXml(`${b.label}: ${pct(b.value)}`)}</title></rect>` +
        `<text x="${labelW + barW + 6}" y="${y + 15}" font-size="12" ${FONT}>${pct(b.value)}</text>`
      );
    })
    .join('');
  return `<svg class="chart chart-bars" role="img" aria-label="${escapeXml(title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><text x="4" y="18" font-size="14" font-weight="600" ${FONT}>${escapeXml(title)}</text>${rows}</svg>`;
}

/** A confusion matrix as a heat map: colour by the share of the gold row, the count in each cell. */
export function confusionChart(title: string, { labels, matrix }: ConfusionMatrix): string {
  const cell = 44;
  const left = 120;
  const top = 110;
  const size = labels.length * cell;
  const width = Math.max(left + size + 20, Math.ceil(textWidth(title) * 1.2) + 10);
  const height = top + size + 20;
  const heads = labels
    .map((l, i) => `<text x="${left + i * cell + cell / 2}" y="${top - 8}" font-size="11" ${FONT} transform="rotate(-45 ${left + i * cell + cell / 2} ${top - 8})">${escapeXml(l)}</text>`)
    .join('');
  const rows = labels
    .map((l, g) => {
      const total = matrix[g]!.reduce((a, b) => a + b, 0);
      const cells = matrix[g]!.map((n, p) => {
        const share = total ? n / total : 0;
        const fill = g === p ? `rgba(46, 139, 87, ${0.1 + 0.9 * share})` : `rgba(214, 69, 65, ${n ? 0.1 + 0.9 * share : 0})`;
        const x = left + p * cell;
        const y = top + g * cell;
        return (
          `<rect class="cell" x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill="${fill}" stroke="#ddd"><title>${escapeXml(`gold ${l}, predicted ${labels[p]}: ${n}`)}</title></rect>` +
          (n ? `<text x="${x + cell / 2 - 1}" y="${y + cell / 2 + 4}" text-anchor="middle" font-size="12" ${FONT}>${n}</text>` : '')
        );
      });
      return `<text x="${left - 6}" y="${top + g * cell + cell / 2 + 4}" text-anchor="end" font-size="11" ${FONT}>${escapeXml(l)}</text>${cells.join('')}`;
    })
    .join('');
  return `<svg class="chart chart-confusion" role="img" aria-label="${escapeXml(title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><text x="4" y="18" font-size="14" font-weight="600" ${FONT}>${escapeXml(title)}</text><text x="4" y="36" font-size="11" fill="#555" ${FONT}>rows: gold, columns: predicted</text>${heads}${rows}</svg>`;
}

/**
 * A latency histogram: 24 equal bins up to the 99th percentile (slower items go in the last
 * bin, so one outlier does not flatten the rest), with p50 and p95 marked.
 */
export function latencyChart(title: string, valuesMs: readonly number[]): string {
  const width = 520;
  const height = 190;
  const left = 40;
  const plotW = width - left - 20;
  const plotH = 110;
  const top = 40;
  if (!valuesMs.length)
    return `<svg class="chart chart-latency" xmlns="http://www.w3.org/2000/svg" width="${width}" height="40"><text x="4" y="18" font-size="14" ${FONT}>${escapeXml(title)}: no data</text></svg>`;
  const p50 = percentile(valuesMs, 50);
  const p95 = percentile(valuesMs, 95);
  const p99 = percentile(valuesMs, 99);
  const max = Math.max(...valuesMs);
  const span = p99 > 0 ? p99 : max || 1;
  const bins = new Array<number>(24).fill(0);
  for (const v of valuesMs) bins[Math.min(bins.length - 1, Math.floor((v / span) * bins.length))]!++;
  const most = Math.max(...bins);
  const bw = plotW / bins.length;
  const bars = bins
    .map((n, i) => {
      const h = most ? (n / most) * plotH : 0;
      return `<rect class="bin" x="${(left + i * bw).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${(bw - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="#7a5cc7"><title>${n} item(s) ${((i * span) / bins.length).toFixed(2)}-${(((i + 1) * span) / bins.length).toFixed(2)} ms</title></rect>`;
    })
    .join('');
  const marker = (v: number, label: string, color: string) => {
    const x = left + Math.min(1, v / span) * plotW;
    return `<line x1="${x.toFixed(1)}" y1="${top - 4}" x2="${x.toFixed(1)}" y2="${top + plotH}" stroke="${color}" stroke-dasharray="4 3"/><text x="${(x + 3).toFixed(1)}" y="${top + 6}" font-size="10" fill="${color}" ${FONT}>${label}</text>`;
  };
  const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(2));
  return (
    `<svg class="chart chart-latency" role="img" aria-label="${escapeXml(title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<text x="4" y="18" font-size="14" font-weight="600" ${FONT}>${escapeXml(title)}</text>` +
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#999"/>${bars}` +
    marker(p50, 'p50', '#1b7f3b') +
    marker(p95, 'p95', '#c0392b') +
    `<text x="${left}" y="${top + plotH + 16}" font-size="10" ${FONT}>0</text><text x="${left + plotW}" y="${top + plotH + 16}" text-anchor="end" font-size="10" ${FONT}>${fmt(span)} ms (p99)</text>` +
    `<text x="4" y="${height - 10}" font-size="11" fill="#333" ${FONT}>n=${valuesMs.length}  p50 ${fmt(p50)} ms  p95 ${fmt(p95)} ms  p99 ${fmt(p99)} ms  max ${fmt(max)} ms</text></svg>`
  );
}
