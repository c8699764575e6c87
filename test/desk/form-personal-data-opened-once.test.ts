/**
 * The ticket form (filing a ticket from the desk) shows the customer's phone and address masked
 * unless the agent opens them, and that opening is on the record once per opening, as in the
 * conversation view: the form's other fetches while the data stays shown add nothing; showing
 * it again after hiding it (`opening=1` on that click) is recorded again; another agent's opening
 * is their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../web/web-client';
import { addAgent, DeskClient } from './desk-client';

let server: WebServer;
let seq = 0;
beforeAll(async () => {
  server = await startWebServer({});
  await addAgent(server, 'gu');
  await addAgent(server, 'fan');
});
afterAll(async () => {
  await server?.dispose();
});

const say = (ref: string, text: string) =>
  server.context.assistant.bot.handle({ channel: 'web', channelMessageId: `form-opened-${++seq}`, customerRef: ref, text, receivedAt: server.clock.now().toISOString() });

async function loggedIn(name: string): Promise<DeskClient> {
  const client = new DeskClient(server.url);
  expect((await client.login(name)).status).toBe(303);
  return client;
}

/** Who opened personal data in the form: the notes kept with the conversation, or on its ticket once it has one. */
async function openedInForm(conversationId: number): Promise<string[]> {
  const { state } = await server.context.assistant.desk.conversations.get(conversationId);
  const kept = (state.deskNotes ?? []).filter((n) => n.text.includes('ticket form')).map((n) => n.actor);
  if (!state.ticketNumber) return kept;
  const events = await server.context.assistant.desk.tickets.events(state.ticketNumber);
  return [...kept, ...events.filter((e) => e.kind === 'note' && String(e.detail.text).includes('ticket form')).map((e) => e.actor)];
}

describe.each([
  ['zh', '请帮我接一位人工客服，我的手机是13712340000，家在南京市鼓楼区中山北路5号', '13712340000'],
  ['en', 'put me through to a real person please, my mobile is 13812340000 and I live at 7 Lake Street, Wuhan', '13812340000'],
])('personal data opened in the ticket form (%s)', (lang, message, phone) => {
  it('is recorded once per opening, not on every fetch of the form', async () => {
    const gu = await loggedIn('gu');
    const fan = await loggedIn('fan');
    const turn = await say(`form-opened-${lang}`, message);
    const form = `/desk/api/conversations/${turn.conversationId}/ticket-draft`;

    // The click that shows it, then the form fetched again while it stays shown.
    const shown = await gu.get(`${form}?reveal=1&opening=1`);
    expect(JSON.stringify(shown.body)).toContain(phone);
    for (let i = 0; i < 3; i++) expect((await gu.get(`${form}?reveal=1`)).status).toBe(200);
    expect(await openedInForm(turn.conversationId)).toEqual(['agent:web-desk:gu']);

    // Masked, nothing recorded; shown again: a new opening. Another agent's is theirs, once, even from a page that never says `opening`.
    const masked = await gu.get(form);
    expect(JSON.stringify(masked.body)).not.toContain(phone);
    expect((await gu.get(`${form}?reveal=1&opening=1`)).status).toBe(200);
    expect((await fan.get(`${form}?reveal=1`)).status).toBe(200);
    expect((await fan.get(`${form}?reveal=1`)).status).toBe(200);
    expect((await openedInForm(turn.conversationId)).sort()).toEqual(['agent:web-desk:fan', 'agent:web-desk:gu', 'agent:web-desk:gu']);
  });
});
