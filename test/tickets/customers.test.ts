import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalisePhone } from '../../storage/sqlite/sqlite-customer-directory';
import { openTestDesk, repairTicket, type TestDesk } from '../../testing/desk';

describe('customers across channels', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await openTestDesk();
  });
  afterEach(() => desk.dispose());

  it('gives one identity one customer, created on first contact', async () => {
    const a = await desk.customers.resolve({ channel: 'wechat', externalId: 'wxid_abc' }, { displayName: '张女士' });
    const b = await desk.customers.resolve({ channel: 'wechat', externalId: 'wxid_abc' });
    const other = await desk.customers.resolve({ channel: 'web', externalId: 'session-1' });
    expect(b).toEqual(a);
    expect(a.displayName).toBe('张女士');
    expect(other.id).not.toBe(a.id);
  });

  it('says whether a contact created the customer, so a first turn skips reading what they cannot have', async () => {
    const first = await desk.customers.identify({ channel: 'wechat', externalId: 'wxid_new' }, { displayName: '王先生' });
    const again = await desk.customers.identify({ channel: 'wechat', externalId: 'wxid_new' });
    expect(first).toMatchObject({ firstContact: true, customer: { displayName: '王先生' } });
    expect(again).toEqual({ firstContact: false, customer: first.customer });
    // Inside a caller's transaction (a turn's unit of work) it is the same.
    const inUnit = await desk.db.transaction(() => desk.customers.identify({ channel: 'web', externalId: 'session-new' }));
    expect(inUnit.firstContact).toBe(true);
    expect((await desk.db.transaction(() => desk.customers.identify({ channel: 'web', externalId: 'session-new' }))).firstContact).toBe(false);
  });

  it.each(['13800138000', '+86 138 0013 8000', '0086-138-0013-8000', '138-0013-8000', '１３８００１３８０００'])('reads %s as one mobile number', (raw) => {
    expect(normalisePhone(raw)).toBe('13800138000');
  });

  it('merges a web visitor into the WeChat customer whose phone is proven, tickets included', async () => {
    const wechat = await desk.customers.resolve({ channel: 'wechat', externalId: 'wxid_abc' });
    await desk.customers.attachPhone(wechat.id, '13800138000', 'agent:li', { verified: true });
    const web = await desk.customers.resolve({ channel: 'web', externalId: 'session-9' });
    const { ticket } = await desk.tickets.create(repairTicket(web.id), { actor: 'bot' });

    // Typed into a chat, the number is only a claim: the records stay apart.
    expect((await desk.customers.attachPhone(web.id, '13800138000', 'bot')).id).toBe(web.id);
    expect((await desk.tickets.get(ticket.id)).customerId).toBe(web.id);

    const merged = await desk.customers.attachPhone(web.id, '+86 138-0013-8000', 'agent:li', { verified: true });
    expect(merged.id).toBe(wechat.id);
    expect(await desk.customers.resolve({ channel: 'web', externalId: 'session-9' })).toMatchObject({ id: wechat.id, phone: '13800138000' });
    expect((await desk.customers.identities(wechat.id)).map((i) => i.channel).sort()).toEqual(['web', 'wechat']);
    expect((await desk.tickets.get(ticket.id)).customerId).toBe(wechat.id);
    expect((await desk.tickets.events(ticket.id)).at(-1)).toMatchObject({ kind: 'updated', detail: { reason: 'customer records merged' } });
    expect((await desk.customers.findByPhone('13800138000'))?.id).toBe(wechat.id);
  });

  it('lets a caller-ID call take back a number someone else only typed, without merging their records', async () => {
    // Someone types another person's number into a web chat before that person ever calls.
    const claimant = await desk.customers.resolve({ channel: 'web', externalId: 'session-x' });
    await desk.customers.attachPhone(claimant.id, '13900139000', 'bot');
    expect((await desk.customers.findByPhone('13900139000'))?.id).toBe(claimant.id);

    // The owner calls; caller ID proves the number. Their call record must not fold into the claimant's.
    const caller = await desk.customers.resolve({ channel: 'voice', externalId: 'call-1' });
    const { ticket } = await desk.tickets.create(repairTicket(caller.id), { actor: 'bot' });
    const owner = await desk.customers.attachPhone(caller.id, '13900139000', 'voice', { verified: true });
    expect(owner.id).toBe(caller.id);
    expect(owner.phone).toBe('13900139000');
    expect((await desk.customers.findByPhone('13900139000'))?.id).toBe(caller.id);
    expect((await desk.customers.get(claimant.id)).phone).toBeUndefined();
    expect((await desk.tickets.list({ customerId: claimant.id })).map((t) => t.id)).not.toContain(ticket.id);
    expect((await desk.customers.identities(claimant.id)).map((i) => i.channel)).toEqual(['web']);

    // From now on the proven number merges: the owner's WeChat, once proven, joins the caller's record.
    const wechat = await desk.customers.resolve({ channel: 'wechat', externalId: 'wxid_owner' });
    expect((await desk.customers.attachPhone(wechat.id, '13900139000', 'agent:li', { verified: true })).id).toBe(caller.id);
    // And typing it again changes nothing for the claimant.
    expect((await desk.customers.attachPhone(claimant.id, '13900139000', 'bot')).id).toBe(claimant.id);
  });

  it('links an identity by hand and refuses a malformed phone', async () => {
    const c = await desk.customers.resolve({ channel: 'voice', externalId: '13800138000' });
    await desk.customers.link(c.id, { channel: 'wechat_oa', externalId: 'openid-1' }, 'agent:li');
    expect(await desk.customers.resolve({ channel: 'wechat_oa', externalId: 'openid-1' })).toMatchObject({ id: c.id });
    await expect(desk.customers.attachPhone(c.id, '12345', 'bot')).rejects.toMatchObject({ code: 'invalid_phone' });
    await expect(desk.customers.resolve({ channel: '', externalId: 'x' })).rejects.toMatchObject({ kind: 'validation' });
  });
});
