/**
 * The fake OpenAI-compatible model endpoint of bench/isolation.bench.ts, in its own process as a
 * real endpoint would be (its writing must not share the server's event loop). A customer message
 * containing FLOOD gets a runaway answer of `floodBytes`; anything else a short plain answer.
 * Talks to the parent over IPC: sends { baseUrl } when listening; { cmd: 'stop' } ends it.
 */
import { say, startFakeOpenAIServer, type RecordedRequest } from '../testing/fake-openai-server';

const floodBytes = Number(process.argv[2] ?? 1_000_000_000);
const server = await startFakeOpenAIServer();
const answer = (request: RecordedRequest) => (request.raw.includes('FLOOD') ? say.huge(floodBytes) : say.text('您好，请问您的空调是什么品牌、什么型号？方便的话也告诉我大概什么时候买的。'));
// Enough answers for any run; topped up as they are used.
const top = () => server.script(...Array.from({ length: 5_000 }, () => answer));
top();
setInterval(() => server.pending() < 1_000 && top(), 1_000).unref();

process.on('message', async (message: { cmd: string }) => {
  if (message.cmd === 'stop') {
    await server.close();
    process.exit(0);
  }
});
process.send!({ baseUrl: server.baseUrl });
