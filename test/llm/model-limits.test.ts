/**
 * Model limits (issue 18: one 108 MB answer froze every customer for 17 s): `max_tokens` goes on
 * every call, an answer is cut at the byte cap while it arrives (streamed or not) and the offline
 * brain answers that turn, and one conversation's huge or hanging answer does not hold up another
 * conversation's turn. Against the fake OpenAI-compatible server over real HTTP.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { limitModelAnswers } from '../../bot/brains/llm/resilient-fetch';
import { say, type RecordedRequest } from '../../testing/fake-openai-server';
import { openLlmWorld, type LlmWorld } from './world';

const CAP = 200_000;
/** The cap plus what the kernel's loopback socket buffers take in before the client hangs up. */
const SENT_BOUND = 12_000_000;
let world: LlmWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const limited = (extra: Record<string, unknown> = {}) => ({ fetch: limitModelAnswers({ maxTokens: 300, maxResponseBytes: CAP }), ...extra });

describe('model limits', () => {
  it('puts max_tokens on every model call of a turn', async () => {
    world = await openLlmWorld(limited());
    world.server.script(say.tool('searchKnowledge', { query: '空调 E1' }), say.text('请断电5分钟后重启 [KB-AC-E1]。'));
    const { reply } = await world.ask({ text: '空调显示E1', disclosed: true });
    expect(reply.answeredBy).toBe('llm');
    expect(world.server.requests).toHaveLength(2);
    for (const request of world.server.requests) expect(request.body.max_tokens).toBe(300);
  });

  it.each([
    ['streamed', true],
    ['in one body', false],
  ])('cuts a huge answer %s at the byte cap, without retrying it, and the offline brain answers', async (_how, streamed) => {
    world = await openLlmWorld(limited({ maxRetries: 2 }));
    world.server.script(say.huge(50_000_000));
    const hooks = streamed ? { onToken: () => undefined } : undefined;
    const { reply } = await world.ask({ text: '空调显示E1', disclosed: true }, hooks);
    expect(reply.answeredBy).toBe('offline');
    expect(reply.fallback).toMatchObject({ from: 'llm', code: 'llm_too_large' });
    expect(reply.text.length).toBeGreaterThan(0);
    expect(world.server.requests).toHaveLength(1);
    expect(world.server.requests[0]!.stream).toBe(streamed);
    // The client hung up soon after the cap: nowhere near the 50 MB the endpoint meant to send
    // (what the server counts as sent includes the loopback socket's buffers, a few MB).
    await expect.poll(() => world!.server.requests[0]!.bytesSent).toBeGreaterThan(CAP);
    expect(world.server.requests[0]!.bytesSent).toBeLessThan(SENT_BOUND);
  });

  it("does not stall another conversation's turn while one answer hangs", async () => {
    world = await openLlmWorld(limited({ timeoutMs: 3000, maxRetries: 0, retryBudgetMs: 0 }));
    const byCustomer = (request: RecordedRequest) => (request.raw.includes('HANGING') ? say.hang() : say.text('请清洗过滤网后再试 [KB-AC-E1]。'));
    world.server.script(byCustomer, byCustomer);
    let hangingDone = false;
    const hanging = world.ask({ text: 'HANGING 空调显示E1', disclosed: true, customerRef: 'web-a' }).finally(() => (hangingDone = true));
    await expect.poll(() => world!.server.requests.length).toBe(1);
    const normal = await world.ask({ text: '空调显示E1 怎么办', disclosed: true, customerRef: 'web-b' });
    expect(normal.reply.answeredBy).toBe('llm');
    // The other customer was answered while the first answer was still hanging.
    expect(hangingDone).toBe(false);
    const stalled = await hanging;
    expect(stalled.reply).toMatchObject({ answeredBy: 'offline', fallback: { code: 'llm_timeout' } });
  });

  it("does not stall another conversation's turn while one receives a huge answer", async () => {
    world = await openLlmWorld(limited({ timeoutMs: 10_000, maxRetries: 0 }));
    const byCustomer = (request: RecordedRequest) => (request.raw.includes('FLOOD') ? say.huge(1_000_000_000) : say.text('请清洗过滤网后再试 [KB-AC-E1]。'));
    world.server.script(byCustomer, byCustomer);
    const flood = world.ask({ text: 'FLOOD 空调显示E1', disclosed: true, customerRef: 'web-a' }, { onToken: () => undefined });
    await expect.poll(() => world!.server.requests.length).toBe(1);
    const normal = world.ask({ text: '空调显示E1 怎么办', disclosed: true, customerRef: 'web-b' }, { onToken: () => undefined });
    const [flooded, answered] = await Promise.all([flood, normal]);
    expect(answered.reply.answeredBy).toBe('llm');
    expect(answered.reply.text).toContain('过滤网');
    expect(flooded.reply).toMatchObject({ answeredBy: 'offline', fallback: { code: 'llm_too_large' } });
    expect(world.server.requests.find((r) => r.raw.includes('FLOOD'))!.bytesSent).toBeLessThan(SENT_BOUND);
  });
});
