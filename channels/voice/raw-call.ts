/** What a format reader hands back before validation: the call's header fields and its turns, each with its line. */
import type { Speaker } from '../../bot/calls/call-transcript';

export interface RawTurn {
  speaker: Speaker;
  text: string;
  startMs?: number;
  endMs?: number;
  line: number;
}

export interface RawCall {
  callId?: string;
  callerNumber?: string;
  startedAt?: string;
  /** Lines the header fields were read from, for errors about them. */
  headerLines: Partial<Record<'callId' | 'callerNumber' | 'startedAt', number>>;
  turns: RawTurn[];
}
