/**
 * When the endpoint misbehaves: 429 with Retry-After, 500s, hangs (before headers and mid-stream),
 * malformed bodies, dropped connections, and a dead endpoint that must open the circuit. Each
 * case ends with a correct reply (the LLM's after a retry, or the fallback's) and nothing lost:
 * the customer's turn is answered and the ToolBox record is intact.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../kernel/errors';
import { say } from '../../testing/fake-openai-server';
import { openLlmWorld, type LlmWorld } from './world';

let world: LlmWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('retries (one layer, with jitter, honouring Retry-After)', () => {
  it('429 with Retry-After, then success: waits as told and the LLM answers', async () => {
    world = await openLlmWorld({ maxRetries: 2, retryBudgetMs: 5000 });
    world.server.script(say.error(429, { retryAfterSeconds: 1 }), say.text('Please restart the unit [KB-AC-E1].'));
    const started = Date.now();
    const { reply } = await world.ask({ text: 'air conditioner E1', disclosed: true });
    const elapsed = Date.now() - started;
    expect(reply.answeredBy).toBe('llm');
    expect(reply.text).toBe('Please restart the unit [KB-AC-E1].');
    expect(world.server.requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
  });

  it('429 asking for a wait longer than the budget: no waiting, the fallback answers now', async () => {
    world = await openLlmWorld({ maxRetries: 2, retryBudgetMs: 1000 });
    world.server.script(say.error(429, { retryAfterSeconds: 30 }));
    const { reply } = await world.ask({ text: 'air conditioner E1', disclosed: true });
    expect(reply.answeredBy).toBe('offline');
    expect(reply.fallback).toMatchObject({ from: 'llm', reason: 'upstream_error', code: 'llm_rate_limited' });
    expect(world.server.requests).toHaveLength(1);
  });

  it('500 then success is retried; repeated 500s end with the fallback after exactly 1 + maxRetries attempts', async () => {
    world = await openLlmWorld({ maxRetries: 2 });
    world.server.script(say.error(500), say.text('Restart it, please [KB-AC-E1].'));
    expect((await world.ask({ text: 'E1 again', disclosed: true })).reply.answeredBy).toBe('llm');

    world.server.reset();
    world.server.script(say.error(500), say.error(502), say.error(503));
    const { reply } = await world.ask({ text: 'E1 again', disclosed: true });
    expect(reply.answeredBy).toBe('offline');
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.fallback).toMatchObject({ reason: 'upstream_error', code: 'llm_server_error' });
    expect(world.server.requests).toHaveLength(3);
    expect(world.server.unscripted).toBe(0);
  });

  it('a 400 (our request refused) is not retried', async () => {
    world = await openLlmWorld({ maxRetries: 2 });
    world.server.script(say.error(400, { message: 'bad request' }));
    const { reply } = await world.ask({ text: 'hello', disclosed: true });
    expect(reply.fallback).toMatchObject({ code: 'llm_client_error' });
    expect(world.server.requests).toHaveLength(1);
  });

  it('malformed JSON once is retried like a bad gateway; malformed every time ends with the fallback', async () => {
    world = await openLlmWorld({ maxRetries: 1 });
    world.server.script(say.malformed(), say.text('Please clean the filter [KB-AC-E1].'));
    expect((await world.ask({ text: 'E1', disclosed: true })).reply).toMatchObject({ answeredBy: 'llm', text: 'Please clean the filter [KB-AC-E1].' });

    world.server.reset();
    world.server.script(say.malformed(), say.malformed('{"id": "x", "object": "chat.completion"}'));
    const { reply } = await world.ask({ text: 'E1', disclosed: true });
    expect(reply).toMatchObject({ answeredBy: 'offline', fallback: { reason: 'bad_output', code: 'llm_malformed_response' } });
    expect(world.server.requests).toHaveLength(2);
  });

  it('a dropped connection is retried', async () => {
    world = await openLlmWorld({ maxRetries: 1 });
    world.server.script(say.drop(), say.text('Restart the unit [KB-AC-E1].'));
    const { reply } = await world.ask({ text: 'E1', disclosed: true });
    expect(reply.answeredBy).toBe('llm');
    expect(world.server.requests).toHaveLength(2);
  });
});

describe('timeouts', () => {
  it('a hang before any answer: each attempt is cut at the timeout and the fallback answers within budget', async () => {
    world = await openLlmWorld({ timeoutMs: 300, maxRetries: 1, retryBudgetMs: 1000 });
    world.server.script(say.hang(), say.hang());
    const started = Date.now();
    const { reply } = await world.ask({ text: 'washer E4', disclosed: true });
    const elapsed = Date.now() - started;
    expect(reply).toMatchObject({ answeredBy: 'offline', fallback: { reason: 'timeout', code: 'llm_timeout' } });
    expect(world.server.requests).toHaveLength(2);
    // Two attempts were each cut at the 300 ms timeout (so it did wait for them).
    expect(elapsed).toBeGreaterThanOrEqual(600);
  });

  it('a stream that stalls midway is cut by the same timeout; the draft is withdrawn and the fallback answers', async () => {
    world = await openLlmWorld({ timeoutMs: 400, maxRetries: 0 });
    world.server.script(say.hang(4));
    const tokens: string[] = [];
    let resets = 0;
    const { reply } = await world.ask({ text: 'washer E4', disclosed: true }, { onToken: (t) => tokens.push(t), onReset: () => resets++ });
    expect(reply).toMatchObject({ answeredBy: 'offline', fallback: { reason: 'timeout' } });
    // Whatever draft reached the channel was withdrawn before the fallback's reply.
    expect(resets).toBe(tokens.length > 0 ? 1 : 0);
  });

  it('a tool call that was made before the endpoint died is kept, and the fallback continues from it', async () => {
    world = await openLlmWorld({ maxRetries: 0 });
    world.server.script(say.tool('createTicket', { type: 'repair_request', symptom: 'Washer shows E4 and will not drain', category: 'washing_machine' }), say.error(503));
    const { reply, box, customerId } = await world.ask({ text: 'Washer E4, please send someone', customerRef: 'web-died-midway', disclosed: true, urgency: 'P2' });
    expect(reply.answeredBy).toBe('offline');
    // The offline brain goes on from there (it may search), but files no second ticket.
    expect(box.calls.filter((c) => c.name === 'createTicket')).toHaveLength(1);
    const tickets = await world.desk.tickets.list({ customerId });
    expect(tickets).toHaveLength(1);
    // The fallback was told this conversation now has that ticket.
    expect(world.offline.turns.at(-1)!.conversation.state.ticketNumber).toBe(tickets[0]!.number);
  });
});

describe('circuit breaker', () => {
  it('opens after repeated failures and short-circuits later turns without calling the endpoint', async () => {
    world = await openLlmWorld({ maxRetries: 0, circuitFailures: 3, circuitResetMs: 60_000 });
    for (let i = 0; i < 3; i++) world.server.script(say.error(500));
    for (let i = 0; i < 3; i++) {
      const { reply } = await world.ask({ text: `E1 turn ${i}`, disclosed: true });
      expect(reply.answeredBy).toBe('offline');
    }
    expect(world.llm.circuitState).toBe('open');
    expect(world.server.requests).toHaveLength(3);

    for (let i = 0; i < 5; i++) {
      const { reply } = await world.ask({ text: `E1 later ${i}`, disclosed: true });
      expect(reply).toMatchObject({ answeredBy: 'offline', fallback: { reason: 'circuit_open', code: 'llm_circuit_open' } });
    }
    expect(world.server.requests).toHaveLength(3);
  });

  it('lets a trial call through after the reset time and closes again when it succeeds', async () => {
    world = await openLlmWorld({ maxRetries: 0, circuitFailures: 2, circuitResetMs: 300 });
    world.server.script(say.error(500), say.error(500));
    await world.ask({ text: 'E1 a', disclosed: true });
    await world.ask({ text: 'E1 b', disclosed: true });
    expect(world.llm.circuitState).toBe('open');
    await new Promise((r) => setTimeout(r, 350));
    world.server.script(say.text('Restart the unit [KB-AC-E1].'));
    const { reply } = await world.ask({ text: 'E1 c', disclosed: true });
    expect(reply.answeredBy).toBe('llm');
    expect(world.llm.circuitState).toBe('closed');
  });

  it('the LLM brain alone throws classified UpstreamErrors (the fallback wrapper is what answers)', async () => {
    world = await openLlmWorld({ maxRetries: 0 });
    world.server.script(say.error(401, { message: 'Incorrect API key' }));
    const { input, box } = await world.turn({ text: 'hello', disclosed: true });
    const error = await world.llm.reply(input, box).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'llm_auth', retryable: false });
    expect((error as Error).message).toContain('401');
  });
});
