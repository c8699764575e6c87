/** Shared paths and the truth file for the voice tests. */
import fs from 'node:fs';
import path from 'node:path';

export const CALLS = path.resolve(import.meta.dirname, '../fixtures/calls');
export const TRANSCRIPTS = path.join(CALLS, 'transcripts');

export interface TruthCall {
  file: string;
  callId: string;
  language: 'zh' | 'en';
  customerPhone: string | null;
  phoneSource?: 'caller_id' | 'spoken';
  contactPhone?: string;
  ticket: { action: 'created' | 'updated'; sameAs?: string; type: string; category?: string; brand?: string; model?: string; errorCode?: string };
  urgency: string;
  safety: boolean;
  hazards?: string[];
  intent: string;
  errorCodes: string[];
  models: string[];
  qualityFailed: string[];
  lowestLine?: number;
}

export const truth = JSON.parse(fs.readFileSync(path.join(CALLS, 'truth.json'), 'utf8')) as {
  calls: TruthCall[];
  malformed: { file: string; line: number; reason: string }[];
};
