/**
 * Huge and hanging model answers (issue 18: one 108 MB answer froze every customer for 17 s):
 * the fake endpoint answers one conversation with a runaway stream or not at all while another
 * conversation talks; every model call must carry max_tokens.
 */
import { say, type RecordedRequest } from '../../testing/fake-openai-server';
import { visitor } from './http-client';
import { findings, type SecurityAttack } from './security-attack';

/** What the server may read of an answer before hanging up: the byte cap plus the loopback socket's buffers. */
const READ_BOUND = 12_000_000;
/** How the after-sales LLM brain's model answers: the engine's commands as tool calls (the engine writes the reply). */
const READING = say.tools({ name: 'start_flow', arguments: { flow: 'fault', from: '空调显示E1' } }, { name: 'set_slot', arguments: { slot: 'errorCode', value: 'E1', from: '显示E1' } });
/** The other customer's turn reached the model and was answered (the engine writes the words, so the request is the proof). */
const modelServed = (requests: RecordedRequest[], marker: string, said: string) => said.length > 0 && requests.some((r) => !r.raw.includes(marker));

export const MODEL_ATTACKS: SecurityAttack[] = [
  {
    id: 'M1-huge-answer',
    area: 'model',
    title: 'answer one customer with a 200 MB stream',
    async run(world) {
      const f = findings();
      const { llm } = world;
      llm.model.reset();
      llm.model.script(say.huge(200_000_000));
      const chat = await visitor(llm.url, world.ip());
      const answer = await chat.say('空调显示E1怎么办');
      const read = llm.model.requests[0]?.bytesSent ?? 0;
      f.expect(answer.status === 200 && answer.said.length > 0, `the customer got no answer (${answer.status})`);
      f.expect(read < READ_BOUND, `${read} bytes of the answer were taken in`);
      return { tried: `a 200 MB answer (${(read / 1e6).toFixed(1)} MB taken in before hanging up)`, violations: f.list };
    },
  },
  {
    id: 'M2-hanging-answer-stalls-others',
    area: 'model',
    title: 'leave one answer hanging while another customer talks',
    async run(world) {
      const f = findings();
      const { llm } = world;
      llm.model.reset();
      const byCustomer = (request: RecordedRequest) => (request.raw.includes('HANG') ? say.hang() : READING);
      llm.model.script(byCustomer, byCustomer);
      const stuck = await visitor(llm.url, world.ip());
      const other = await visitor(llm.url, world.ip());
      let stuckDone = false;
      const hanging = stuck.say('HANG 空调显示E1').finally(() => (stuckDone = true));
      while (llm.model.requests.length < 1) await new Promise((r) => setTimeout(r, 20));
      const answered = await other.say('空调显示E1怎么办');
      f.expect(modelServed(llm.model.requests, 'HANG', answered.said), 'the other customer did not get the model answer');
      f.expect(!stuckDone, 'the other customer was answered only after the hanging answer gave up');
      const gaveUp = await hanging;
      f.expect(gaveUp.status === 200 && gaveUp.said.length > 0, 'the customer whose answer hung got no reply');
      return { tried: 'one answer never comes (timeout 3 s); another customer asks meanwhile', violations: f.list };
    },
  },
  {
    id: 'M3-huge-answer-stalls-others',
    area: 'model',
    title: 'flood one customer with a 1 GB answer while another customer talks',
    async run(world) {
      const f = findings();
      const { llm } = world;
      llm.model.reset();
      const byCustomer = (request: RecordedRequest) => (request.raw.includes('FLOOD') ? say.huge(1_000_000_000) : READING);
      llm.model.script(byCustomer, byCustomer);
      const flooded = await visitor(llm.url, world.ip());
      const other = await visitor(llm.url, world.ip());
      const flood = flooded.say('FLOOD 空调显示E1');
      while (llm.model.requests.length < 1) await new Promise((r) => setTimeout(r, 20));
      const [floodAnswer, answered] = await Promise.all([flood, other.say('空调显示E1怎么办')]);
      f.expect(modelServed(llm.model.requests, 'FLOOD', answered.said), 'the other customer did not get the model answer');
      f.expect(floodAnswer.status === 200 && floodAnswer.said.length > 0, 'the flooded customer got no reply');
      const read = llm.model.requests.find((r) => r.raw.includes('FLOOD'))?.bytesSent ?? 0;
      f.expect(read < READ_BOUND, `${read} bytes of the flood were taken in`);
      return { tried: 'a 1 GB answer to one customer, a plain one to another, at once', violations: f.list };
    },
  },
  {
    id: 'M4-max-tokens',
    area: 'model',
    title: 'check every model call the attacks caused carries max_tokens',
    async run(world) {
      const f = findings();
      const { llm } = world;
      llm.model.reset();
      llm.model.script(READING, READING);
      const chat = await visitor(llm.url, world.ip());
      await chat.say('空调显示E1');
      await chat.say('还是显示E1');
      const limit = llm.config.llm.maxTokens ?? 0;
      f.expect(llm.model.requests.length >= 2, 'the model was not called');
      for (const [i, r] of llm.model.requests.entries()) {
        const asked = (r.body.max_tokens ?? r.body.max_completion_tokens) as number | undefined;
        f.expect(typeof asked === 'number' && asked > 0 && asked <= limit, `model call ${i + 1} asked for ${asked ?? 'no'} max_tokens (limit ${limit})`);
      }
      return { tried: `${llm.model.requests.length} model calls of two turns read by tool calls`, violations: f.list };
    },
  },
];
