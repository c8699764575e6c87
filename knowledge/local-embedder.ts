/**
 * The offline default embedder: hashed character n-grams ("feature hashing"). It needs no model
 * file and no word list, so Chinese works as well as English: 不制冷 shares the bigrams 不制 and
 * 制冷 with 空调不制冷了, and a typo like "refridgerator" still shares most trigrams with
 * "refrigerator". Deterministic: the same text gives the same vector on every machine.
 */
import { normaliseVector, type Embedder } from './embedder';
import { CHINESE_STOPWORDS } from './text/chinese';
import { ENGLISH_STOPWORDS, englishTerm } from './text/english';
import { normaliseText } from '../kernel/text/normal-form';
import { scriptRuns } from './text/scripts';

export interface LocalEmbedderOptions {
  /** Vector length; 384 keeps collisions rare for short texts while the index stays small. */
  dimensions?: number;
}

/** Characters that carry no meaning on their own in a symptom; they still count inside bigrams. */
const WEAK_CHARS = new Set([...'的了吗呢吧啊呀哦么是在我你他她它这那有和就都也还又很太挺个一下上里']);

export class LocalEmbedder implements Embedder {
  readonly id: string;
  private readonly size: number;

  constructor(options: LocalEmbedderOptions = {}) {
    this.size = options.dimensions ?? 384;
    if (!Number.isInteger(this.size) || this.size < 16 || this.size > 8192) throw new RangeError(`dimensions must be 16-8192, got ${this.size}`);
    this.id = `local-ngram-v1:${this.size}`;
  }

  async dimensions(): Promise<number> {
    return this.size;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embedOne(t));
  }

  /** Synchronous form for hot loops (benchmarks, bulk rebuilds) where a promise per text is waste. */
  embedOne(input: string): Float32Array {
    const vector = new Float32Array(this.size);
    const features = new Map<string, number>();
    const add = (feature: string, weight: number) => features.set(feature, (features.get(feature) ?? 0) + weight);
    const text = normaliseText(input).toLowerCase();
    for (const run of scriptRuns(text)) {
      if (run.cjk) {
        const chars = [...run.text];
        for (let i = 0; i < chars.length; i++) {
          if (!WEAK_CHARS.has(chars[i]!)) add('u' + chars[i], 0.5);
          if (i + 1 < chars.length) add('b' + chars[i] + chars[i + 1], 1);
          if (i + 2 < chars.length) add('t' + chars[i] + chars[i + 1] + chars[i + 2], 0.5);
        }
        // Whole short runs are often the key word itself (漏水, 异响).
        if (chars.length >= 2 && chars.length <= 4 && !CHINESE_STOPWORDS.has(run.text)) add('w' + run.text, 0.5);
      } else if (/\d/.test(run.text)) {
        add('c' + run.text, 2); // an error code or model number is the strongest signal there is
      } else if (!ENGLISH_STOPWORDS.has(run.text)) {
        const word = englishTerm(run.text);
        add('w' + word, 1);
        const padded = `<${word}>`;
        const grams = padded.length - 2;
        // Trigrams carry typo tolerance; scaled so a long word does not outweigh a short one.
        for (let i = 0; i + 3 <= padded.length; i++) add('g' + padded.slice(i, i + 3), 0.8 / Math.sqrt(grams));
      }
    }
    for (const [feature, weight] of features) {
      const h = fnv1a(feature);
      // Sublinear weight: a word said three times is not three times as important.
      const value = (weight <= 1 ? weight : 1 + Math.log(weight)) * (h & 0x80000000 ? -1 : 1);
      vector[(h & 0x7fffffff) % this.size]! += value;
    }
    return normaliseVector(vector);
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
