/**
 * Opening a customer's masked personal data at the desk is on the ticket's record once per
 * opening: the open page refreshes the conversation on every live update and poll, and each of
 * those must not add another "opened personal data" note. Showing it again after hiding it (the
 * page says `opening=1` on that click) is a new opening, recorded again; another agent's opening is
 * their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../web/web-client';
import { addAgent, DeskClient } from './desk-client';

let server: WebServer;
let seq = 0;
beforeAll(async () => {
  server = await startWebServer({});
  await addAgent(server, 'he');
  await addAgent(server, 'lu');
});
afterAll(async () => {
  await server?.dispose();
});

const say = (ref: string, text: string) =>
  server.context.assistant.bot.handle({ channel: 'web', channelMessageId: `opened-once-${++seq}`, customerRef: ref, text, receivedAt: server.clock.now().toISOString() });

async function loggedIn(name: string): Promise<DeskClient> {
  const client = new DeskClient(server.url);
  expect((await client.login(name)).status).toBe(303);
  return client;
}

describe.each([
  ['zh', '热水器漏水了，我手机13698765432，住杭州市西湖区文三路88号，帮我转人工', '13698765432'],
  ['en', 'my dishwasher leaks everywhere, phone 13587654321, 12 Garden Road Shenzhen, get me a person please', '13587654321'],
])('personal data opened at the desk (%s)', (lang, message, phone) => {
  it('is recorded once per opening, not on every refresh', async () => {
    const he = await loggedIn('he');
    const lu = await loggedIn('lu');
    const turn = await say(`opened-once-${lang}`, message);
    expect(turn.ticket).toBeTruthy();
    const base = `/desk/api/conversations/${turn.conversationId}`;
    const opened = async () =>
      (await server.context.assistant.desk.tickets.events(turn.ticket!.number)).filter((e) => e.kind === 'note' && String(e.detail.text).includes('opened personal data')).map((e) => e.actor);

    // The click that shows it, then the page's refreshes while it stays shown.
    const shown = await he.get(`${base}?reveal=1&opening=1`);
    expect(JSON.stringify(shown.body)).toContain(phone);
    for (let i = 0; i < 3; i++) expect((await he.get(`${base}?reveal=1`)).status).toBe(200);
    expect(await opened()).toEqual(['agent:web-desk:he']);

    // Hidden and shown again: a new opening. Another agent's opening is theirs, even from a page that never says `opening`.
    expect((await he.get(base)).status).toBe(200);
    expect((await he.get(`${base}?reveal=1&opening=1`)).status).toBe(200);
    expect((await lu.get(`${base}?reveal=1`)).status).toBe(200);
    expect((await lu.get(`${base}?reveal=1`)).status).toBe(200);
    expect((await opened()).sort()).toEqual(['agent:web-desk:he', 'agent:web-desk:he', 'agent:web-desk:lu']);
  });
});
