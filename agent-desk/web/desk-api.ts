/**
 * The desk's JSON API (under /desk/api, behind the login and the CSRF check): the queue, one
 * conversation, and what an agent does with it (claim, release, reply, note, status, priority,
 * resolve, hand back), plus the event stream that keeps open pages live and says who is online.
 * Requests are parsed with zod; every change goes through `HandoffDesk` or the ticket store, so
 * replies reach the customer through the outbox like every other message.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { ConversationStore } from '../../bot/conversation';
import type { HandoffQueue } from '../../bot/handoff-queue';
import type { CustomerDirectory } from '../../tickets/customer-directory';
import { ticketDraft, type DraftReader } from '../ticket-draft';
import type { HandoffDesk } from '../../bot/handoff-desk';
import type { Attachment } from '../../bot/messages';
import { imageNotSentNotice, type NotSentReason } from '../../bot/outbound-image';
import { saveImage } from '../../channels/upload-store';
import type { Clock } from '../../kernel/clock';
import { isAppError } from '../../kernel/errors';
import { PRIORITIES, TICKET_TYPES } from '../../tickets/ticket';
import type { TicketStore } from '../../tickets/ticket-store';
import { agentActor } from '../agent-accounts';
import type { AgentPresence } from '../agent-presence';
import type { DeskLive } from '../desk-live';
import type { DeskLogin } from '../desk-login';
import { maskAddress, shownPhone, type DeskViews } from '../desk-views';
import { sessionOf } from './desk-auth';

/** The ticket note that records an agent opening a customer's masked personal data. */
const OPENED_PERSONAL_DATA = 'opened personal data / 查看了个人信息';
/** The same record for the ticket form, where a conversation without a ticket is filed from. */
const OPENED_IN_FORM = 'opened personal data in the ticket form / 在建单表单中查看了个人信息';

export interface DeskApiDeps {
  views: DeskViews;
  handoffs: HandoffDesk;
  tickets: TicketStore;
  conversations: ConversationStore;
  customers: CustomerDirectory;
  queue: HandoffQueue;
  /** The bot's understanding, to prefill a ticket from what the customer said. */
  reader: DraftReader;
  live: DeskLive;
  presence: AgentPresence;
  login: DeskLogin;
  /** Receipt photos are served only from here, and only while they are kept; agents' pictures are stored here. */
  uploadsDir: string;
  /** Largest picture an agent may attach (UPLOAD_MAX_BYTES, as for customers' photos). */
  maxImageBytes: number;
  clock: Clock;
  /** Told after a change that queued something (wakes the relays). */
  onChange: () => void;
  heartbeatMs?: number;
}

const idParam = z.coerce.number().int().positive();
const text = z.object({ text: z.string().trim().min(1, 'empty').max(4000) });
/** Statuses an agent sets by hand; resolving goes through `resolve` so the customer gets the survey. */
const statusBody = z.object({ status: z.enum(['open', 'in_progress', 'waiting_customer']) });
const priorityBody = z.object({ priority: z.enum(PRIORITIES) });
const replyFields = z.object({ text: z.string().trim().max(4000) });
/** Pictures one reply may carry. */
const MAX_REPLY_IMAGES = 4;
/** `closeTicket`: resolve the ticket even with a visit or a repair still pending on it (the work is done). */
const resolveBody = z.object({ note: z.string().trim().max(2000).optional(), closeTicket: z.boolean().optional() });
const field = (max: number) => z.string().trim().max(max).optional();
/** A ticket filed from the desk: the form the agent checked (prefilled from the conversation). */
const ticketBody = z.object({
  symptom: z.string().trim().min(1, 'empty').max(2000),
  type: z.enum(TICKET_TYPES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  category: field(40),
  brand: field(60),
  model: field(80),
  errorCode: field(20),
  phone: field(40),
  address: field(250),
  preferredTime: field(60),
  /**
   * The page showed the phone and address masked (the agent did not open them): file them as the
   * draft read them from the customer's messages, since the page never held them.
   */
  contactFromDraft: z.boolean().optional(),
});

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Who holds the conversation, for a refusal the page words itself ("该对话已由 li 处理"). */
    readonly agent?: string,
  ) {
    super(message);
  }
}

export interface DeskApi {
  router: express.Router;
  /** Ends the event streams of one login (at logout: the agent is offline at once). */
  endStreamsOf(tokenHash: string): void;
  closeStreams(): void;
}

export function deskApi(deps: DeskApiDeps): DeskApi {
  const router = express.Router();
  /** Open event streams and the login each belongs to. */
  const streams = new Map<Response, string>();

  const handle =
    (work: (req: Request, res: Response) => Promise<unknown>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        const body = await work(req, res);
        if (!res.headersSent) res.json(body ?? { ok: true });
      } catch (error) {
        const [status, code, message] =
          error instanceof HttpError
            ? [error.status, error.code, error.message]
            : error instanceof z.ZodError
              ? [400, 'invalid_body', error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')]
              : isAppError(error)
                ? [error.kind === 'validation' ? 400 : error.kind === 'not_found' ? 404 : error.kind === 'conflict' ? 409 : 500, error.code, error.message]
                : [500, 'internal', 'Something went wrong / 出错了'];
        if (status === 500) console.error('agent desk:', error);
        const agent = error instanceof HttpError && error.agent ? { agent: error.agent } : {};
        res.status(status).json({ error: { code, message, ...agent } });
      }
    };

  const me = (res: Response) => sessionOf(res).agent;
  const actor = (res: Response) => agentActor(me(res));
  const changed = (conversationId: number) => {
    deps.live.publish({ kind: 'queue' });
    deps.live.publish({ kind: 'conversation', conversationId });
    deps.onChange();
  };
  /**
   * Someone else has it: only they, or a manager, may act for the customer. A manager acting on
   * another agent's conversation takes it over first, so every desk shows who has it now.
   */
  const mayAct = async (conversationId: number, res: Response) => {
    const state = (await deps.conversations.get(conversationId)).state;
    if (state.mode === 'agent' && state.agent && state.agent !== actor(res)) {
      if (me(res).role !== 'manager') throw new HttpError(409, 'claimed_by_other', `This conversation is with ${state.agent}`, state.agent);
      return (await deps.handoffs.handOver(conversationId, actor(res))).state;
    }
    return state;
  };
  const ticketOf = async (conversationId: number) => {
    const number = (await deps.conversations.get(conversationId)).state.ticketNumber;
    if (!number) throw new HttpError(409, 'no_ticket', 'This conversation has no ticket / 该对话没有工单');
    return deps.tickets.get(number);
  };

  router.get(
    '/queue',
    // `now` is the server's clock: deadlines are counted from it, not from the agent's computer.
    handle(async (_req, res) => ({
      now: deps.clock.now().toISOString(),
      me: { name: me(res).name, role: me(res).role, actor: actor(res) },
      online: deps.presence.list(),
      items: await deps.views.queue(),
      // Chats this agent ended whose tickets stay open (a visit or repair to come): found again here.
      mine: await deps.views.openTicketsOf(actor(res)),
    })),
  );

  /** Whether this agent's opening of the conversation's personal data is on the ticket already. */
  const openedBefore = async (ticket: string, by: string): Promise<boolean> =>
    (await deps.tickets.events(ticket)).some((e) => e.kind === 'note' && e.actor === by && e.detail.text === OPENED_PERSONAL_DATA);

  router.get(
    '/conversations/:id',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      const reveal = req.query.reveal === '1';
      // Opening personal data is on the record: once per opening (the page says `opening=1` on the
      // click that shows it), not on every refresh the open page makes while it stays shown. A page
      // that never says so still leaves one note per agent per conversation. Recorded before the
      // view is read, so the history the agent sees already holds it, and other open pages are told.
      const ticketNumber = reveal ? (await deps.conversations.get(id)).state.ticketNumber : undefined;
      if (ticketNumber) {
        const by = `agent:${actor(res)}`;
        if (req.query.opening === '1' || !(await openedBefore(ticketNumber, by))) {
          await deps.tickets.addNote(ticketNumber, by, OPENED_PERSONAL_DATA);
          deps.live.publish({ kind: 'conversation', conversationId: id });
        }
      }
      return deps.views.conversation(id, reveal);
    }),
  );

  router.post(
    '/conversations/:id/claim',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      // Someone else claimed it first: the page says who, in its own words.
      const state = (await deps.conversations.get(id)).state;
      if (state.mode === 'agent' && state.agent && state.agent !== actor(res)) throw new HttpError(409, 'claimed_by_other', `This conversation is with ${state.agent}`, state.agent);
      await deps.handoffs.takeOver(id, actor(res), { exclusive: true });
      changed(id);
    }),
  );

  /** A manager takes over a conversation another agent holds (both desks then show the manager). */
  router.post(
    '/conversations/:id/take-over',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      if (me(res).role !== 'manager') throw new HttpError(403, 'managers_only', 'Only a manager takes over');
      await deps.handoffs.handOver(id, actor(res));
      changed(id);
    }),
  );

  router.post(
    '/conversations/:id/release',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      await mayAct(id, res);
      await deps.handoffs.release(id, actor(res));
      changed(id);
    }),
  );

  router.post(
    '/conversations/:id/reply',
    // JSON for text alone; multipart/form-data (`text` and up to 4 `image` files) with pictures.
    express.raw({ type: 'multipart/form-data', limit: deps.maxImageBytes * MAX_REPLY_IMAGES + 64 * 1024 }),
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      const reply = req.is('multipart/form-data') ? await replyForm(req, deps) : { ...text.parse(req.body), images: [] };
      await mayAct(id, res);
      let done: { imagesNotSent?: NotSentReason };
      try {
        done = await deps.handoffs.agentReply(id, actor(res), reply.text, reply.images);
      } catch (error) {
        await Promise.all(reply.images.map((i) => fs.promises.rm(i.ref, { force: true })));
        throw error;
      }
      changed(id);
      // The text went; the agent hears at once why the pictures did not (the channel cannot take them).
      return { ok: true, ...(done.imagesNotSent ? { imagesNotSent: imageNotSentNotice(done.imagesNotSent) } : {}) };
    }),
  );

  router.post(
    '/conversations/:id/note',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      const body = text.parse(req.body);
      // With or without a ticket: a conversation without one keeps its notes until one is filed.
      await deps.handoffs.note(id, `agent:${actor(res)}`, body.text);
      changed(id);
    }),
  );

  /** The ticket form's facts, read afresh from the conversation (the page shows them; filing may use them). */
  const draftOf = async (id: number) => {
    const conversation = await deps.conversations.get(id);
    const [messages, request, customer] = await Promise.all([deps.conversations.history(id, 200), deps.queue.request(id), deps.customers.get(conversation.customerId).catch(() => undefined)]);
    const priority = request?.priority ?? conversation.state.peakUrgency;
    return ticketDraft(messages, deps.reader, { today: deps.clock.now(), priority, summary: request?.summary, phoneOnRecord: customer?.phone });
  };

  /**
   * The ticket form for a conversation, prefilled from what the customer said in it. The phone and
   * the address are masked, as everywhere on the desk, unless the agent opens them (`reveal=1`),
   * which is kept on the record with the conversation's notes (they move onto the ticket filed).
   */
  /** Whether this agent's opening of personal data in the form is noted: with the conversation, or on its ticket. */
  const formOpenedBefore = async (conversationId: number, by: string): Promise<boolean> => {
    const { state } = await deps.conversations.get(conversationId);
    if ((state.deskNotes ?? []).some((n) => n.actor === by && n.text === OPENED_IN_FORM)) return true;
    if (!state.ticketNumber) return false;
    return (await deps.tickets.events(state.ticketNumber)).some((e) => e.kind === 'note' && e.actor === by && e.detail.text === OPENED_IN_FORM);
  };

  router.get(
    '/conversations/:id/ticket-draft',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      const reveal = req.query.reveal === '1';
      const draft = await draftOf(id);
      // On the record once per opening, as the conversation view: the page says `opening=1` on the
      // fetch right after the click; its other fetches of the open form leave one note per agent.
      if (reveal && (draft.phone || draft.address)) {
        const by = `agent:${actor(res)}`;
        if (req.query.opening === '1' || !(await formOpenedBefore(id, by))) await deps.handoffs.note(id, by, OPENED_IN_FORM);
      }
      return {
        ...draft,
        phone: draft.phone ? shownPhone(draft.phone, reveal) : undefined,
        address: draft.address ? (reveal ? draft.address : maskAddress(draft.address)) : undefined,
        revealed: reveal,
      };
    }),
  );

  /** Files a ticket from the conversation (a bare request for a person files none). */
  router.post(
    '/conversations/:id/ticket',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      const { contactFromDraft, ...body } = ticketBody.parse(req.body);
      await mayAct(id, res);
      const contact = contactFromDraft ? await draftOf(id) : undefined;
      const fields = contact ? { ...body, phone: contact.phone, address: contact.address } : body;
      const ticket = await deps.handoffs.fileTicket(id, actor(res), fields);
      changed(id);
      return { ok: true, ticket: { number: ticket.number, priority: ticket.priority, status: ticket.status, firstResponseDue: ticket.firstResponseDue, resolutionDue: ticket.resolutionDue } };
    }),
  );

  router.post(
    '/conversations/:id/status',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      const body = statusBody.parse(req.body);
      const ticket = await ticketOf(id);
      await deps.tickets.changeStatus(ticket.id, body.status, `agent:${actor(res)}`);
      changed(id);
    }),
  );

  router.post(
    '/conversations/:id/priority',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      const body = priorityBody.parse(req.body);
      const ticket = await ticketOf(id);
      await deps.tickets.update(ticket.id, { priority: body.priority }, `agent:${actor(res)}`);
      changed(id);
    }),
  );

  router.post(
    '/conversations/:id/resolve',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      const body = resolveBody.parse(req.body ?? {});
      await mayAct(id, res);
      const ticket = await deps.handoffs.resolve(id, actor(res), body.note || undefined, { closeTicket: body.closeTicket });
      changed(id);
      // Whether the ticket stayed open (a visit or a repair still to come) or was resolved.
      return { ok: true, ...(ticket ? { ticket: { number: ticket.number, status: ticket.status } } : {}) };
    }),
  );

  router.post(
    '/conversations/:id/return',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      await mayAct(id, res);
      await deps.handoffs.returnToBot(id, `agent:${actor(res)}`, 'agent');
      changed(id);
    }),
  );

  /** A receipt photo from the conversation, while the upload is still kept (never a path outside the uploads folder). */
  router.get(
    '/conversations/:id/attachments/:messageId/:index',
    handle(async (req, res) => {
      const id = idParam.parse(req.params.id);
      const messageId = idParam.parse(req.params.messageId);
      const index = z.coerce.number().int().nonnegative().max(9).parse(req.params.index);
      const message = (await deps.conversations.history(id, 500)).find((m) => m.id === messageId);
      const attachment = message?.attachments[index];
      const root = path.resolve(deps.uploadsDir);
      const file = attachment ? path.resolve(attachment.ref) : '';
      if (!attachment || attachment.kind !== 'image' || !file.startsWith(root + path.sep) || !fs.existsSync(file)) {
        throw new HttpError(404, 'photo_not_kept', 'The photo is not kept / 照片未保留');
      }
      res.setHeader('Cache-Control', 'private, no-store');
      // Typed by its extension (uploads are stored as .png or .jpg); sent before `handle` answers.
      await new Promise<void>((resolve, reject) => res.sendFile(file, (error) => (error ? reject(error) : resolve())));
    }),
  );

  router.get('/events', (req, res) => {
    const session = sessionOf(res);
    const token = res.locals.deskToken as string;
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    const send = (event: string, data: unknown) => {
      if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const stop = deps.live.subscribe((change) => send('change', change));
    const leave = deps.presence.connect({ id: session.agent.id, name: session.agent.name, role: session.agent.role });
    streams.set(res, session.tokenHash);
    send('ready', { online: deps.presence.list() });
    // Heartbeats keep proxies from closing the stream and end it once the login is gone.
    const beat = setInterval(async () => {
      if (!(await deps.login.session(token).catch(() => undefined))) {
        send('end', { reason: 'logged_out' });
        res.end();
        return;
      }
      res.write(': keep-alive\n\n');
    }, deps.heartbeatMs ?? 15_000);
    beat.unref();
    res.on('close', () => {
      clearInterval(beat);
      stop();
      leave();
      streams.delete(res);
    });
  });

  // Shutting down ends the streams (and so everyone's presence).
  const closeStreams = () => {
    for (const res of [...streams.keys()]) res.end();
  };
  const endStreamsOf = (tokenHash: string) => {
    for (const [res, owner] of [...streams]) {
      if (owner !== tokenHash) continue;
      if (!res.writableEnded) res.write(`event: end\ndata: {"reason":"logged_out"}\n\n`);
      res.end();
    }
  };
  return { router, endStreamsOf, closeStreams };
}

/**
 * A reply with pictures, as the desk's form posts it: the text and each picture, checked like a
 * customer's photo (type from the bytes, size capped) and stored under a name of ours.
 */
async function replyForm(req: Request, deps: Pick<DeskApiDeps, 'uploadsDir' | 'maxImageBytes'>): Promise<{ text: string; images: Attachment[] }> {
  const type = req.get('content-type') ?? '';
  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData().catch(() => {
    throw new HttpError(400, 'invalid_form', 'The form could not be read / 表单内容有误');
  });
  const fields = replyFields.parse({ text: form.get('text') ?? '' });
  const files = form.getAll('image').filter((f): f is File => typeof f !== 'string' && f.size > 0);
  if (files.length > MAX_REPLY_IMAGES) throw new HttpError(400, 'too_many_images', `At most ${MAX_REPLY_IMAGES} pictures per reply / 每条回复最多 ${MAX_REPLY_IMAGES} 张图片`);
  if (!fields.text && !files.length) throw new HttpError(400, 'empty', 'Write something or attach a picture / 请填写内容或选择图片');
  const images: Attachment[] = [];
  try {
    for (const file of files) {
      const saved = await saveImage(new Uint8Array(await file.arrayBuffer()), { dir: deps.uploadsDir, maxBytes: deps.maxImageBytes, prefix: 'desk-agent' });
      images.push({ kind: 'image', ref: saved.path, mimeType: saved.mimeType, bytes: saved.bytes, name: file.name.slice(0, 255) || undefined });
    }
  } catch (error) {
    await Promise.all(images.map((i) => fs.promises.rm(i.ref, { force: true })));
    throw error;
  }
  return { text: fields.text, images };
}
