/**
 * Plays scripted customers through the web chat HTTP API of a running server, the way
 * ../shared/tools/replay-customers.mjs does from outside (so the two agree on the same data): a
 * fresh session per customer, one `POST /api/web/messages` per turn, an `[image:NAME]` turn
 * uploaded to `/api/web/uploads` from the file beside the customer file. A 429 is waited out
 * (Retry-After) up to five times; a 5xx is recorded as an error of the customer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { imageTurn, type ScriptedCustomer } from './customer-dataset';
import type { CustomerRun, ReplayedTurn } from './customer-run';

const sessionAnswer = z.object({ token: z.string().min(1) });
/** The fields the measurement rests on (the dataset README asks the server to keep them). */
const turnAnswer = z.object({
  mode: z.string().optional(),
  replies: z.array(z.union([z.string(), z.object({ text: z.string().nullish() })])).default([]),
  ticket: z.object({ number: z.string(), priority: z.string().optional() }).nullish(),
});

export interface ReplayOptions {
  /** Base URL of the server, e.g. http://127.0.0.1:3000. */
  url: string;
  /** Folder that `[image:NAME]` turns are read from. */
  dir: string;
  /** Called after each turn's answer: the in-process suite moves its clock here, as a person types. */
  afterTurn?: () => void;
  /** Waits between 429 retries (tests shorten it). */
  sleep?: (ms: number) => Promise<void>;
}

interface Answer {
  status: number;
  json: unknown;
}

export async function replayCustomer(customer: ScriptedCustomer, options: ReplayOptions): Promise<CustomerRun> {
  const base = options.url.replace(/\/$/, '');
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const call = async (route: string, init: { token?: string; body?: unknown; bytes?: Buffer; contentType?: string; query?: string } = {}): Promise<Answer> => {
    const headers: Record<string, string> = { Origin: base, 'Content-Type': init.contentType ?? 'application/json' };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    for (let attempt = 0; attempt < 5; attempt++) {
      const body = init.bytes ? Uint8Array.from(init.bytes) : JSON.stringify(init.body ?? {});
      const res = await fetch(`${base}/api/web${route}${init.query ?? ''}`, { method: 'POST', headers, body });
      if (res.status === 429) {
        await sleep(1000 * Number(res.headers.get('retry-after') ?? 1));
        continue;
      }
      const text = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = { raw: text };
      }
      return { status: res.status, json };
    }
    return { status: 429, json: {} };
  };

  const run: CustomerRun = { turns: [], errors: [] };
  const session = await call('/sessions');
  const token = sessionAnswer.safeParse(session.json);
  if (!token.success) {
    run.errors.push(`no session (${session.status})`);
    return run;
  }
  for (const [i, text] of customer.turns.entries()) {
    const n = i + 1;
    const clientMessageId = `${customer.id}-${n}-${Date.now().toString(36)}`.slice(0, 60);
    const image = imageTurn(text);
    const started = performance.now();
    const answer = image
      ? await call('/uploads', {
          token: token.data.token,
          bytes: fs.readFileSync(path.join(options.dir, image)),
          contentType: image.endsWith('.png') ? 'image/png' : 'image/jpeg',
          query: `?clientMessageId=${encodeURIComponent(clientMessageId)}`,
        })
      : await call('/messages', { token: token.data.token, body: { clientMessageId, text } });
    const ms = performance.now() - started;
    if (answer.status >= 500 || answer.status === 0) run.errors.push(`turn ${n}: HTTP ${answer.status}`);
    // An error body ({ error }) carries no replies: it reads as a turn with nothing said.
    const parsed = turnAnswer.safeParse(answer.json);
    const view = parsed.success ? parsed.data : { replies: [], mode: undefined, ticket: undefined };
    const turn: ReplayedTurn = {
      customer: text,
      status: answer.status,
      replies: view.replies.map((r) => (typeof r === 'string' ? r : (r.text ?? ''))).filter(Boolean),
      mode: view.mode || undefined,
      ticket: view.ticket ? { number: view.ticket.number, priority: view.ticket.priority } : undefined,
      ms,
    };
    run.turns.push(turn);
    options.afterTurn?.();
  }
  return run;
}
