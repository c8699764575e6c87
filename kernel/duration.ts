/**
 * Human durations for configuration ("90m", "4h", "7d", "1h30m") in milliseconds.
 * Kept tiny on purpose: SLA tiers are written by service managers in .env files.
 */
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const PART = /(\d+(?:\.\d+)?)\s*([smhd])/g;

export function parseDuration(text: string): number | undefined {
  const compact = text.trim().toLowerCase();
  if (!/^(\d+(?:\.\d+)?\s*[smhd]\s*)+$/.test(compact)) return undefined;
  let total = 0;
  for (const [, amount, unit] of compact.matchAll(PART)) {
    total += Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  }
  return total > 0 ? Math.round(total) : undefined;
}

/** The units in each language people read them in ("7 分钟 58 秒" on a Chinese page, never "min / s"). */
const UNITS = {
  en: { s: 's', min: 'min', h: 'h', d: 'd', join: ' ' },
  zh: { s: '秒', min: '分钟', h: '小时', d: '天', join: ' ' },
} as const;

/**
 * A duration as people read it: "40 s", "1 min 40 s", "2 h 5 min", "1 d 3 h" (in Chinese "1 分钟 40 秒").
 * Seconds are shown under an hour, so a wait of 10 s is never floored to "0m" (a report's medians are often that short).
 */
export function formatDuration(ms: number, lang: 'zh' | 'en' = 'en'): string {
  const u = UNITS[lang];
  const sign = ms < 0 ? '-' : '';
  const seconds = Math.abs(Math.round(ms / 1_000));
  if (seconds < 3_600) {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds - minutes * 60;
    return sign + [minutes ? `${minutes} ${u.min}` : '', rest || !minutes ? `${rest} ${u.s}` : ''].filter(Boolean).join(u.join);
  }
  let rest = Math.round(seconds / 60);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const minutes = rest - hours * 60;
  return sign + [days ? `${days} ${u.d}` : '', hours ? `${hours} ${u.h}` : '', minutes ? `${minutes} ${u.min}` : ''].filter(Boolean).join(u.join);
}
