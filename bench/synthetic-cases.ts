/** Synthetic fault cases for benchmarks: realistic shape and vocabulary, deterministic from a seed. */
const CATEGORIES = ['air_conditioner', 'washing_machine', 'refrigerator', 'water_heater', 'gas_stove', 'range_hood', 'rice_cooker', 'microwave', 'phone'] as const;
const BRANDS = ['Gree', 'Midea', 'Haier', 'Hisense', 'TCL', 'Aux', 'Siemens', 'Panasonic', 'Vatti', 'Fotile', 'Supor', 'Xiaomi', 'Huawei'];
const ZH = ['不制冷', '不加热', '漏水', '有异响', '开不了机', '显示故障代码', '跳闸', '有异味', '不排水', '噪音大', '自动关机', '指示灯闪烁', '按键失灵', '温度不准', '出风小'];
const EN = [
  'not cooling',
  'not heating',
  'leaking water',
  'strange noise',
  'will not turn on',
  'shows an error code',
  'trips the breaker',
  'bad smell',
  'does not drain',
  'very loud',
  'switches off',
  'light blinking',
  'buttons dead',
  'wrong temperature',
  'weak airflow',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function syntheticCases(count: number, seed = 42) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const category = pick(CATEGORIES);
    const brand = pick(BRANDS);
    const k = Math.floor(r() * ZH.length);
    const code = `${pick(['E', 'F', 'H', 'P', 'C'])}${Math.floor(r() * 99)}`;
    const model = `${brand.slice(0, 2).toUpperCase()}-${Math.floor(r() * 9000 + 1000)}${pick(['A', 'B', 'X', 'W'])}`;
    return {
      id: `syn-${i}`,
      kind: 'fault',
      category,
      brands: [brand],
      models: r() < 0.3 ? [model] : [],
      errorCodes: r() < 0.6 ? [code] : [],
      title: { zh: `${brand} ${code} ${ZH[k]}（合成案例 ${i}）`, en: `${brand} ${code} ${EN[k]} (synthetic case ${i})` },
      symptoms: { zh: [`${ZH[k]}`, `显示${code}`, `${ZH[(k + 3) % ZH.length]}`], en: [EN[k]!, `shows ${code}`, EN[(k + 3) % EN.length]!] },
      causes: { zh: ['部件老化'], en: ['worn part'] },
      steps: { zh: ['断电重启', '检查电源', '仍不行请报修'], en: ['power-cycle', 'check the supply', 'book a repair'] },
      safety: { zh: [], en: [] },
      engineerVisit: r() < 0.5,
      parts: ['主板'],
      source: 'synthetic benchmark case',
    };
  });
}
