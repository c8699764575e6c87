/**
 * A finished phone call as the core reads it: who called, when, and what each side said, turn by
 * turn. The voice channel's readers (JSON, WebVTT, SRT, plain text) all produce this one shape,
 * so the call analysis never sees a file format.
 */
import { z } from 'zod';

export const SPEAKERS = ['agent', 'customer'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export const callTurnSchema = z
  .object({
    speaker: z.enum(SPEAKERS),
    text: z.string().trim().min(1, 'a turn needs words').max(5_000, 'a turn is longer than 5000 characters'),
    startMs: z.number().int().nonnegative().optional(),
    endMs: z.number().int().nonnegative().optional(),
    /** Where the turn's words are in the source file (1-based), for reports that point back at it. */
    line: z.number().int().positive(),
  })
  .refine((t) => t.startMs === undefined || t.endMs === undefined || t.endMs >= t.startMs, {
    message: 'the turn ends before it starts',
    path: ['endMs'],
  });
export type CallTurn = z.output<typeof callTurnSchema>;

export const callTranscriptSchema = z
  .object({
    /** The call centre's id for the call: posting the same call again is recognised by it. */
    callId: z
      .string()
      .trim()
      .min(1, 'a call needs an id')
      .max(120)
      .regex(/^[\p{L}\p{N}_.:#\-]+$/u, 'a call id may hold letters, digits and _ . : # - only'),
    /** The number that called, as the switch reported it (absent when withheld). */
    callerNumber: z.string().trim().min(3).max(40).optional(),
    startedAt: z.iso.datetime({ offset: true, message: 'expected the call start as an ISO time such as 2026-11-24T09:30:00+08:00' }),
    /** Where the transcript came from (a file name), for reports. */
    source: z.string().max(500).optional(),
    /** The reader used: a plain format, or a speech-to-text vendor's export (aliyun, tencent). */
    format: z.enum(['json', 'webvtt', 'srt', 'text', 'aliyun', 'tencent']).optional(),
    turns: z.array(callTurnSchema).min(1, 'a call needs at least one turn').max(5_000),
  })
  .refine((c) => c.turns.some((t) => t.speaker === 'customer'), { message: 'a call needs at least one customer turn', path: ['turns'] });
export type CallTranscript = z.output<typeof callTranscriptSchema>;
export type CallTranscriptInput = z.input<typeof callTranscriptSchema>;
