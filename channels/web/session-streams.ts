/**
 * The server-sent event streams of web sessions. Every message of a session's conversations goes
 * out as one `message` event whose SSE id is the stored message id, so a client that reconnects
 * with Last-Event-ID gets exactly what it missed, nothing twice. A bot reply that arrives while
 * a stream is open is first sent in small `delta` chunks (the typing effect of a streamed answer)
 * and then whole; only the whole message carries an id, so a drop mid-stream replays it whole.
 *
 * A reply a model is writing goes out as it is written instead (`draft`): its checked sentences
 * as `delta` events keyed by the visitor's message id, a `replace` when what was shown is void or
 * differs from the stored reply, then the stored message, marked with the same key. The stored
 * reply is the truth; the draft only arrives sooner.
 *
 * Work for one session runs in order on one promise chain, so replays, live replies and agent
 * messages never interleave or overtake one another.
 */
import type { Response } from 'express';
import type { ConversationStore, StoredMessage } from '../../bot/conversation';
import type { ReplyDraft } from '../../bot/reply-draft';
import { viewOf, type WebMessageView } from './message-view';
import type { WebSession } from './web-sessions';

export interface StreamOptions {
  /** Characters per `delta` event when streaming a whole reply. */
  chunkChars: number;
  /** Pause between two `delta` events (0: send them back to back). */
  chunkDelayMs: number;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs: number;
  /** Streams one session may hold open (tabs); the oldest is closed beyond it. */
  maxStreamsPerSession: number;
  /** Streams the whole server holds open; a new one beyond it is refused (each holds a socket and a timer). */
  maxStreams: number;
}

interface OpenStream {
  res: Response;
  /** Highest message id this stream has been sent. */
  cursor: number;
  heartbeat: NodeJS.Timeout;
}

/** A reply shown while it was written, until its stored message has been sent. */
interface DraftState {
  /** The visitor's id of the message it answers: the widget's key for the draft's bubble. */
  key: string;
  /** What the streams were shown of it. */
  text: string;
  /** Whether the brain wrote or took back anything (else the stored reply is sent as before). */
  touched: boolean;
}

/** Messages looked at per sync; a session's conversation is far shorter in practice. */
const WINDOW = 500;
/**
 * Most `delta` events one stored reply is typed in. Four, not eight: every delta is a write and a
 * timer per open stream (with the client's read of it), and at eight they were the largest cost
 * the web chat added to a turn; four steps still show the reply being typed.
 */
const MAX_DELTAS = 4;

export class SessionStreams {
  private readonly open = new Map<string, OpenStream[]>();
  private readonly chains = new Map<string, Promise<void>>();
  /** Drafts by session, then by the id of their stored reply, until that message is sent. */
  private readonly settled = new Map<string, Map<number, DraftState>>();

  constructor(
    private readonly conversations: ConversationStore,
    private readonly options: StreamOptions,
    private readonly onError: (error: unknown) => void,
  ) {}

  get streamCount(): number {
    let n = 0;
    for (const list of this.open.values()) n += list.length;
    return n;
  }

  /** The sessions (by reference) with at least one open stream. */
  refsWithStreams(): string[] {
    return [...this.open.keys()];
  }

  /** Whether the server holds as many streams as it may (a new one would be refused). */
  get full(): boolean {
    return this.streamCount >= this.options.maxStreams;
  }

  /**
   * Opens the event stream on `res`. With `lastEventId` the stream first replays every message
   * after it; without, it starts from now. The caller checks `full` first (and answers 503).
   */
  attach(session: WebSession, res: Response, lastEventId: number | undefined): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    const stream: OpenStream = {
      res,
      cursor: Number.MAX_SAFE_INTEGER, // nothing is sent until the replay below sets the cursor
      heartbeat: setInterval(() => res.write(': keep-alive\n\n'), this.options.heartbeatMs),
    };
    stream.heartbeat.unref();
    const list = this.open.get(session.ref) ?? [];
    list.push(stream);
    this.open.set(session.ref, list);
    while (list.length > this.options.maxStreamsPerSession) this.closeStream(session.ref, list[0]!, 'replaced');
    res.on('close', () => this.forget(session.ref, stream));

    void this.enqueue(session, async () => {
      const messages = await this.messagesOf(session);
      const from = lastEventId ?? messages.at(-1)?.id ?? 0;
      for (const m of messages) if (m.id > from) this.write(stream, 'message', viewOf(m, session.ref), m.id);
      stream.cursor = Math.max(from, messages.at(-1)?.id ?? 0);
      this.write(stream, 'ready', { lastEventId: stream.cursor });
    });
  }

  /** The bot is working on the visitor's message. */
  typing(session: WebSession): void {
    for (const stream of this.open.get(session.ref) ?? []) this.write(stream, 'typing', { on: true });
  }

  /**
   * A draft of the reply to the visitor's message `key`, written to the session's streams as it
   * comes, in order with everything else they are sent. `settle` ties it to the stored reply.
   */
  draft(session: WebSession, key: string): ReplyDraft & { settle(messageId: number | undefined): void } {
    const state: DraftState = { key, text: '', touched: false };
    const send = (event: string, data: unknown) =>
      void this.enqueue(session, async () => {
        for (const stream of this.open.get(session.ref) ?? []) if (stream.cursor !== Number.MAX_SAFE_INTEGER) this.write(stream, event, data);
      });
    return {
      write: (text) => {
        if (!text) return;
        state.touched = true;
        state.text += text;
        send('delta', { draft: key, text });
      },
      reset: () => {
        state.touched = true;
        if (!state.text) return;
        state.text = '';
        send('replace', { draft: key, text: '' });
      },
      settle: (messageId) => {
        // Without an open stream nobody saw the draft: a stream opened later replays the message whole.
        if (messageId === undefined || !state.touched || !this.open.get(session.ref)?.length) return;
        const drafts = this.settled.get(session.ref) ?? new Map<number, DraftState>();
        drafts.set(messageId, state);
        this.settled.set(session.ref, drafts);
      },
    };
  }

  /** Sends every stored message the session's open streams have not had yet. */
  sync(session: WebSession): Promise<void> {
    if (!this.open.get(session.ref)?.length) return Promise.resolve();
    return this.enqueue(session, async () => {
      const behind = Math.min(...(this.open.get(session.ref) ?? []).map((s) => s.cursor));
      const messages = await this.messagesAfter(session, behind);
      for (const m of messages) {
        const targets = (this.open.get(session.ref) ?? []).filter((s) => s.cursor < m.id);
        if (!targets.length) continue;
        let view: WebMessageView & { draft?: string } = viewOf(m, session.ref);
        const draft = this.settled.get(session.ref)?.get(m.id);
        if (draft) {
          this.settled.get(session.ref)!.delete(m.id);
          // What was shown is replaced by the stored text unless it was exactly that.
          if (draft.text !== view.text) for (const stream of targets) this.write(stream, 'replace', { draft: draft.key, text: view.text });
          view = { ...view, draft: draft.key };
        } else if (view.role === 'bot') await this.streamText(targets, view);
        for (const stream of targets) {
          this.write(stream, 'message', view, m.id);
          stream.cursor = m.id;
        }
      }
      // A draft whose reply every stream already has (sent by a replay) is done with.
      const drafts = this.settled.get(session.ref);
      if (drafts) {
        const seen = Math.min(...(this.open.get(session.ref) ?? []).map((st) => st.cursor));
        for (const id of drafts.keys()) if (id <= seen) drafts.delete(id);
        if (!drafts.size) this.settled.delete(session.ref);
      }
    });
  }

  /** Closes the session's streams, telling the widget why (expired: start a new session). */
  end(session: WebSession, reason: string): void {
    for (const stream of [...(this.open.get(session.ref) ?? [])]) this.closeStream(session.ref, stream, reason);
    this.chains.delete(session.ref);
    this.settled.delete(session.ref);
  }

  closeAll(): void {
    for (const [key, list] of [...this.open.entries()]) for (const stream of [...list]) this.closeStream(key, stream, 'shutdown');
  }

  private async streamText(targets: OpenStream[], view: WebMessageView): Promise<void> {
    const chars = [...view.text]; // code points, so a chunk never splits a character
    // A long reply types in bigger chunks, never more than MAX_DELTAS events: each is a write and
    // a timer per open stream, and at 8 characters a long answer cost more than the turn itself.
    const size = Math.max(this.options.chunkChars, Math.ceil(chars.length / MAX_DELTAS));
    for (let i = 0; i < chars.length; i += size) {
      const live = targets.filter((s) => !s.res.writableEnded);
      if (!live.length) return;
      for (const stream of live) this.write(stream, 'delta', { replyTo: view.id, text: chars.slice(i, i + size).join('') });
      if (this.options.chunkDelayMs > 0) await new Promise((r) => setTimeout(r, this.options.chunkDelayMs));
    }
  }

  private async messagesOf(session: WebSession): Promise<StoredMessage[]> {
    const all: StoredMessage[] = [];
    for (const id of session.conversationIds) all.push(...(await this.conversations.history(id, WINDOW)));
    return all.sort((a, b) => a.id - b.id);
  }

  /**
   * The session's messages after `cursor`: only those rows are read (after a turn, the turn's two),
   * not the latest few to filter here. A stream more than a window behind gets the latest window,
   * as a replay does.
   */
  private async messagesAfter(session: WebSession, cursor: number): Promise<StoredMessage[]> {
    if (cursor === Number.MAX_SAFE_INTEGER) return []; // no stream has been replayed to yet
    const all: StoredMessage[] = [];
    for (const id of session.conversationIds) {
      const after = await this.conversations.historyAfter(id, cursor, WINDOW);
      all.push(...(after.length < WINDOW ? after : (await this.conversations.history(id, WINDOW)).filter((m) => m.id > cursor)));
    }
    return all.sort((a, b) => a.id - b.id);
  }

  private enqueue(session: WebSession, work: () => Promise<void>): Promise<void> {
    const next = (this.chains.get(session.ref) ?? Promise.resolve()).then(work).catch((error: unknown) => this.onError(error));
    this.chains.set(session.ref, next);
    void next.then(() => {
      if (this.chains.get(session.ref) === next) this.chains.delete(session.ref);
    });
    return next;
  }

  private write(stream: OpenStream, event: string, data: unknown, id?: number): void {
    if (stream.res.writableEnded) return;
    stream.res.write(`${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  private closeStream(key: string, stream: OpenStream, reason: string): void {
    this.write(stream, 'end', { reason });
    stream.res.end();
    this.forget(key, stream);
  }

  private forget(key: string, stream: OpenStream): void {
    clearInterval(stream.heartbeat);
    const list = this.open.get(key);
    if (!list) return;
    const at = list.indexOf(stream);
    if (at >= 0) list.splice(at, 1);
    if (!list.length) this.open.delete(key);
  }
}
