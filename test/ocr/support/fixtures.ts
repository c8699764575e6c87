/** The committed receipt fixtures and their true fields (rendered by test/fixtures/receipts/generate.ts). */
import fs from 'node:fs';
import path from 'node:path';
import type { FieldValues } from '../../../ocr/field-accuracy';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../fixtures/receipts');

export interface FixtureTruth extends FieldValues {
  language: 'zh' | 'en';
  effect: string;
  note?: string;
}

export function fixtureTruth(): Record<string, FixtureTruth> {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'truth.json'), 'utf8'));
}

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURE_DIR, name));
}
