/** A transcript that cannot be read, with the file and line to fix: reported, never guessed around. */
import { ValidationError } from '../../kernel/errors';

export class TranscriptError extends ValidationError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super('invalid_transcript', `${file}:${line}: ${reason}`);
    this.name = 'TranscriptError';
  }
}

/** Thrown by a reader before it knows the file name; `readTranscript` adds the name. */
export class LineError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'LineError';
  }
}
