/**
 * A small OpenAI-compatible chat-completions server on 127.0.0.1, for tests and benchmarks. No
 * model API is reachable here, so the LLM brain is tested against this over real HTTP, in the
 * real protocol (non-streaming JSON and SSE streaming with tool-call deltas and a usage chunk).
 *
 * Each test scripts what the "model" does next (a queue of replies: text, tool calls, HTTP
 * errors, hangs, malformed bodies) and afterwards reads every request body it was sent, so it
 * can assert what left the process. Prompt tokens are counted here, not trusted from the client.
 *
 * `quirks` make it behave as one provider documents (testing/provider-fakes.ts sets them per
 * provider): the models it lists, the requests it refuses with that provider's 400, thinking
 * returned as `reasoning_content` or inline `<think>`, and an /embeddings route with its batch
 * limit and vector width.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { LocalEmbedder } from '../knowledge/local-embedder';

export interface ScriptedToolCall {
  name: string;
  /** An object is sent as JSON; a string is sent verbatim (to script broken arguments). */
  arguments: unknown;
  id?: string;
}

export type ScriptedReply =
  | { kind: 'text'; text: string }
  | { kind: 'tool_calls'; calls: ScriptedToolCall[]; text?: string }
  | { kind: 'error'; status: number; message?: string; headers?: Record<string, string> }
  /** Never answers (until the client gives up or the server closes); with `afterChunks`, a stream stalls midway. */
  | { kind: 'hang'; afterChunks?: number }
  /** 200 with a body that is not the protocol: broken JSON, or broken SSE data when streaming. */
  | { kind: 'malformed'; body?: string }
  /** Closes the connection without an answer. */
  | { kind: 'drop' }
  /**
   * A runaway answer of about `bytes` bytes of text, written as fast as the client reads it (SSE
   * deltas when streaming, one JSON body otherwise), until it is all sent or the client hangs up.
   */
  | { kind: 'huge'; bytes: number };

/** Decides a reply from the request (for replies that depend on what was sent). */
export type ScriptStep = ScriptedReply | ((request: RecordedRequest) => ScriptedReply);

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The raw body text, exactly as it arrived. */
  raw: string;
  body: ChatRequestBody;
  /** Counted here by `countPromptTokens`. */
  promptTokens: number;
  stream: boolean;
  /** Bytes of the answer written to the socket (for `huge`: how much the client read before hanging up). */
  bytesSent: number;
  /** When the last byte of a streamed answer was written (Date.now()): to show a client acted before the model finished. */
  endedAt?: number;
}

export interface ChatMessage {
  role: string;
  content?: unknown;
  name?: string;
  tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

export interface ChatRequestBody {
  model?: string;
  messages?: ChatMessage[];
  tools?: { type: string; function: { name: string; description?: string; parameters?: unknown } }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  [key: string]: unknown;
}

/** Shorthands for scripting replies. */
export const say = {
  text: (text: string): ScriptedReply => ({ kind: 'text', text }),
  tool: (name: string, args: unknown, id?: string): ScriptedReply => ({ kind: 'tool_calls', calls: [{ name, arguments: args, id }] }),
  tools: (...calls: ScriptedToolCall[]): ScriptedReply => ({ kind: 'tool_calls', calls }),
  error: (status: number, options: { retryAfterSeconds?: number; message?: string } = {}): ScriptedReply => ({
    kind: 'error',
    status,
    message: options.message,
    headers: options.retryAfterSeconds !== undefined ? { 'retry-after': String(options.retryAfterSeconds) } : undefined,
  }),
  hang: (afterChunks?: number): ScriptedReply => ({ kind: 'hang', afterChunks }),
  malformed: (body?: string): ScriptedReply => ({ kind: 'malformed', body }),
  drop: (): ScriptedReply => ({ kind: 'drop' }),
  huge: (bytes: number): ScriptedReply => ({ kind: 'huge', bytes }),
};

/**
 * Rough token count the way BPE tokenizers land on this kind of text: one token per CJK
 * character, about four characters per token for the rest. Good enough to compare prompts.
 */
export function countTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const ch of text) {
    if (/[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(ch)) cjk++;
    else other++;
  }
  return cjk + Math.ceil(other / 4);
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part === 'object' && part && 'text' in part ? String(part.text) : '')).join('');
  return '';
}

/** Prompt tokens as an API would bill them: every message, tool call and tool definition. */
export function countPromptTokens(body: ChatRequestBody): number {
  let tokens = 3;
  for (const message of body.messages ?? []) {
    tokens += 4 + countTokens(contentText(message.content));
    for (const call of message.tool_calls ?? []) tokens += 3 + countTokens(call.function.name + call.function.arguments);
  }
  for (const tool of body.tools ?? []) tokens += 8 + countTokens(JSON.stringify(tool.function));
  return tokens;
}

export interface FakeOpenAIServer {
  /** http://127.0.0.1:PORT/v1: give this to the client as its base URL. */
  baseUrl: string;
  port: number;
  requests: RecordedRequest[];
  /** Bodies of /embeddings requests (with `quirks.embeddings`). */
  embeddingRequests: EmbeddingsRequest[];
  /** The quirks in force; a test may change them between requests (a server restarted with other flags). */
  quirks: ProviderQuirks;
  /** Requests that found the script empty (answered with a 500). */
  unscripted: number;
  /** Adds replies to the end of the queue. */
  script(...steps: ScriptStep[]): void;
  /** Replies still queued. */
  pending(): number;
  /** Forgets recorded requests and queued replies. */
  reset(): void;
  close(): Promise<void>;
}

/** A provider's documented behaviour, reproduced. Each refusal answers 400 with the provider's own wording. */
export interface ProviderQuirks {
  /** Ids GET /models lists (default: fake-model); null: /models answers 404, as some compatible servers do. */
  models?: string[] | null;
  /** Models that refuse any temperature and `max_tokens` (OpenAI's reasoning models take max_completion_tokens). */
  refuseTemperature?: RegExp;
  /** vLLM started without --enable-auto-tool-choice: a request with tools and tool_choice "auto" is refused. */
  autoToolChoiceOff?: boolean;
  /** DashScope: a non-streaming call to these thinking models is refused unless enable_thinking is false. */
  thinkingNeedsStream?: RegExp;
  /**
   * DeepSeek's thinking mode for these models: every answer carries `reasoning_content`, and a request
   * that sends back an assistant tool-call turn without its reasoning_content is refused.
   */
  reasoningContent?: RegExp;
  /** The reasoning text returned (tests look for it where customers must never see it). */
  reasoningText?: string;
  /** For these models, text answers begin with `<think>reasoningText</think>` (Qwen3 or R1 distills without a reasoning parser). */
  inlineThinking?: RegExp;
  /** A POST /embeddings route embedding with the local n-gram embedder. */
  embeddings?: {
    dimensions: number;
    /** More inputs than this in one request are refused (DashScope: 10). */
    maxBatch?: number;
    /** The server's own answer format whatever was asked (a server that ignores encoding_format). */
    alwaysFormat?: 'float' | 'base64';
    /** Honour a `dimensions` field by cutting vectors to it (OpenAI text-embedding-3, DashScope v3). */
    honoursDimensions?: boolean;
    /** A broken server: every vector is zeros (what a misread answer looks like downstream). */
    zeroVectors?: boolean;
  };
}

export interface FakeServerOptions {
  quirks?: ProviderQuirks;
  /** When set, requests without `Authorization: Bearer <apiKey>` get a 401. */
  apiKey?: string;
  /** Characters per streamed text chunk. */
  chunkSize?: number;
  /** Pause before each streamed chunk (a slow model writing token by token); 0 writes them back to back. */
  chunkDelayMs?: number;
  /**
   * Answers a request when nothing is scripted (a model played by code, for benchmarks that send
   * hundreds of requests). Without it an unscripted request gets a 500.
   */
  respond?: (request: RecordedRequest) => ScriptedReply;
}

let nextId = 1;

export async function startFakeOpenAIServer(options: FakeServerOptions = {}): Promise<FakeOpenAIServer> {
  const queue: ScriptStep[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const chunkSize = options.chunkSize ?? 6;
  const quirks = options.quirks ?? {};
  const embeddingRequests: EmbeddingsRequest[] = [];
  let unscripted = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      const authorised = !options.apiKey || req.headers.authorization === `Bearer ${options.apiKey}`;
      const refuseKey = () => json(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
      if (req.method === 'GET' && path.endsWith('/models')) {
        if (!authorised) return refuseKey();
        if (quirks.models === null) return json(res, 404, { error: { message: 'Not Found', type: 'invalid_request_error' } });
        const ids = quirks.models ?? ['fake-model'];
        return json(res, 200, { object: 'list', data: ids.map((id) => ({ id, object: 'model', owned_by: 'test' })) });
      }
      if (req.method === 'POST' && path.endsWith('/embeddings') && quirks.embeddings) {
        if (!authorised) return refuseKey();
        return embeddingsAnswer(res, raw, quirks.embeddings, embeddingRequests);
      }
      if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
        return json(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } });
      }
      if (!authorised) return refuseKey();
      let body: ChatRequestBody;
      try {
        body = JSON.parse(raw) as ChatRequestBody;
      } catch {
        return json(res, 400, { error: { message: 'request body is not JSON', type: 'invalid_request_error' } });
      }
      const problem = checkRequest(body);
      if (problem) return json(res, 400, { error: { message: problem, type: 'invalid_request_error' } });
      const recorded: RecordedRequest = { path, headers: req.headers, raw, body, promptTokens: countPromptTokens(body), stream: body.stream === true, bytesSent: 0 };
      requests.push(recorded);
      const refusal = quirkRefusal(body, quirks);
      if (refusal) return json(res, 400, refusal);
      const step = queue.shift();
      let reply: ScriptedReply;
      if (!step && options.respond) {
        reply = options.respond(recorded);
      } else if (!step) {
        unscripted++;
        reply = { kind: 'error', status: 500, message: 'fake server: no scripted reply left' };
      } else {
        reply = typeof step === 'function' ? step(recorded) : step;
      }
      answer(res, req.socket, recorded, reply, chunkSize, quirks, options.chunkDelayMs ?? 0);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    embeddingRequests,
    quirks,
    get unscripted() {
      return unscripted;
    },
    script: (...steps) => void queue.push(...steps),
    pending: () => queue.length,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      embeddingRequests.length = 0;
      unscripted = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** What a real endpoint would refuse; keeps the client honest about the protocol. */
function checkRequest(body: ChatRequestBody): string | undefined {
  if (typeof body.model !== 'string' || !body.model) return 'model is required';
  if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages must be a non-empty array';
  for (const [i, m] of body.messages.entries()) {
    if (!['system', 'developer', 'user', 'assistant', 'tool'].includes(m.role)) return `messages[${i}].role is invalid`;
    if (m.role === 'tool' && !m.tool_call_id) return `messages[${i}].tool_call_id is required for tool messages`;
  }
  // Every tool result must answer a tool call the assistant made just before.
  const open = new Set<string>();
  for (const [i, m] of body.messages.entries()) {
    if (m.role === 'assistant') for (const c of m.tool_calls ?? []) open.add(c.id);
    if (m.role === 'tool') {
      if (!open.has(m.tool_call_id!)) return `messages[${i}]: tool_call_id ${m.tool_call_id} answers no tool call`;
      open.delete(m.tool_call_id!);
    }
  }
  for (const t of body.tools ?? []) {
    if (t.type !== 'function' || !t.function?.name) return 'tools must be function tools with a name';
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(t.function.name)) return `invalid tool name ${t.function.name}`;
  }
  return undefined;
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function toolCallsOf(reply: Extract<ScriptedReply, { kind: 'tool_calls' }>) {
  return reply.calls.map((c) => ({
    id: c.id ?? `call_${nextId++}`,
    type: 'function' as const,
    function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) },
  }));
}

function answer(res: http.ServerResponse, socket: Socket, request: RecordedRequest, reply: ScriptedReply, chunkSize: number, quirks: ProviderQuirks = {}, chunkDelayMs = 0) {
  const id = `chatcmpl-${nextId++}`;
  const created = Math.floor(Date.now() / 1000);
  const model = request.body.model ?? 'fake-model';
  const thought = quirks.reasoningText ?? '（内部推理）用户似乎在说故障。';
  const reasoning = quirks.reasoningContent?.test(model) ? thought : undefined;
  if (quirks.inlineThinking?.test(model) && reply.kind === 'text') reply = { ...reply, text: `<think>\n${thought}\n</think>\n\n${reply.text}` };
  const completionText = reply.kind === 'text' ? reply.text : reply.kind === 'tool_calls' ? JSON.stringify(reply.calls) + (reply.text ?? '') : '';
  const usage = {
    prompt_tokens: request.promptTokens,
    completion_tokens: countTokens(completionText),
    total_tokens: request.promptTokens + countTokens(completionText),
  };

  switch (reply.kind) {
    case 'error':
      return json(res, reply.status, { error: { message: reply.message ?? `scripted ${reply.status}`, type: reply.status === 429 ? 'rate_limit_error' : 'server_error', code: null } }, reply.headers);
    case 'drop':
      socket.destroy();
      return;
    case 'huge':
      void writeHuge(res, request, id, created, model, reply.bytes);
      return;
    case 'hang':
      if (!request.stream || reply.afterChunks === undefined) return; // say nothing; the client's timeout must act
      break;
    case 'malformed':
      if (!request.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(reply.body ?? '{"id": "chatcmpl-x", "choices": [{"message": {"role": "assistant", "content": "half');
        return;
      }
      break;
    default:
      break;
  }

  if (!request.stream) {
    if (reply.kind === 'text') {
      return json(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: reply.text, ...(reasoning ? { reasoning_content: reasoning } : {}), refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage,
      });
    }
    if (reply.kind === 'tool_calls') {
      return json(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: reply.text ?? null, ...(reasoning ? { reasoning_content: reasoning } : {}), tool_calls: toolCallsOf(reply), refusal: null },
            logprobs: null,
            finish_reason: 'tool_calls',
          },
        ],
        usage,
      });
    }
    return;
  }

  // Streaming: SSE chunks as the real API sends them.
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
  const events: unknown[] = [chunk({ role: 'assistant', content: '' })];
  if (reasoning) for (const piece of pieces(reasoning, chunkSize)) events.push(chunk({ reasoning_content: piece }));
  if (reply.kind === 'text' || reply.kind === 'hang') {
    const text = reply.kind === 'text' ? reply.text : 'Let me check that for you, one moment please while I look';
    for (const piece of pieces(text, chunkSize)) events.push(chunk({ content: piece }));
    events.push(chunk({}, 'stop'));
  } else if (reply.kind === 'tool_calls') {
    if (reply.text) events.push(chunk({ content: reply.text }));
    toolCallsOf(reply).forEach((call, index) => {
      events.push(chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] }));
      for (const piece of pieces(call.function.arguments, 12)) events.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    });
    events.push(chunk({}, 'tool_calls'));
  } else if (reply.kind === 'malformed') {
    events.push(reply.body ?? '{"id": "chatcmpl-x", "choices": [{"delta": {"content": "bro');
  }
  if (request.body.stream_options?.include_usage) events.push({ id, object: 'chat.completion.chunk', created, model, choices: [], usage });

  const stallAt = reply.kind === 'hang' ? (reply.afterChunks ?? 0) : Infinity;
  const lines = events.map((event) => `data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`);
  if (chunkDelayMs > 0) return void writeSlowly(res, request, lines, stallAt, chunkDelayMs);
  for (const [i, line] of lines.entries()) {
    if (i >= stallAt) return; // keep the connection open with nothing more to say
    res.write(line);
  }
  res.end('data: [DONE]\n\n');
  request.endedAt = Date.now();
}

/** A streamed answer one chunk at a time, as a slow model writes it (stops if the client hangs up). */
async function writeSlowly(res: http.ServerResponse, request: RecordedRequest, lines: string[], stallAt: number, delayMs: number): Promise<void> {
  let closed = false;
  res.on('close', () => (closed = true));
  for (const [i, line] of lines.entries()) {
    if (i >= stallAt) return;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (closed) return;
    res.write(line);
  }
  res.end('data: [DONE]\n\n');
  request.endedAt = Date.now();
}

function pieces(text: string, size: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out.length ? out : [''];
}

/** Writes a runaway answer of about `total` bytes, waiting for the client to read (backpressure), until it hangs up. */
async function writeHuge(res: http.ServerResponse, request: RecordedRequest, id: string, created: number, model: string, total: number): Promise<void> {
  // Small deltas, as a model streams its tokens (a few characters each): per byte this is the
  // costly shape for a client, one SSE event to parse for every ~200 bytes.
  const text = '好好好好好好好好'; // one delta of the stream; 4 KB pieces in a JSON body
  let closed = false;
  res.on('close', () => (closed = true));
  const write = async (chunk: string) => {
    request.bytesSent += Buffer.byteLength(chunk);
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  };
  if (request.stream) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    await write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }] })}\n\n`,
    );
    while (!closed && request.bytesSent < total) {
      await write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: { content: text }, logprobs: null, finish_reason: null }] })}\n\n`);
    }
    if (!closed) res.end('data: [DONE]\n\n');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  await write(`{"id":"${id}","object":"chat.completion","created":${created},"model":"${model}","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"`);
  const piece = text.repeat(170);
  while (!closed && request.bytesSent < total) await write(piece);
  if (!closed) res.end('"}}]}');
}

/** The provider's own refusal of a request its documented rules reject, or undefined. */
function quirkRefusal(body: ChatRequestBody, quirks: ProviderQuirks): Record<string, unknown> | undefined {
  const model = body.model ?? '';
  if (quirks.refuseTemperature?.test(model) && body.temperature !== undefined) {
    // OpenAI's wording for its reasoning models.
    return { error: { message: "Unsupported parameter: 'temperature' is not supported with this model.", type: 'invalid_request_error', param: 'temperature', code: 'unsupported_parameter' } };
  }
  if (quirks.refuseTemperature?.test(model) && body.max_tokens !== undefined) {
    return {
      error: {
        message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
        type: 'invalid_request_error',
        param: 'max_tokens',
        code: 'unsupported_parameter',
      },
    };
  }
  if (quirks.autoToolChoiceOff && body.tools?.length && (body.tool_choice === undefined || body.tool_choice === 'auto')) {
    // vLLM's OpenAI server, as it answers without --enable-auto-tool-choice.
    return { object: 'error', message: '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set', type: 'BadRequestError', param: null, code: 400 };
  }
  if (quirks.thinkingNeedsStream?.test(model) && body.stream !== true && body.enable_thinking !== false) {
    // DashScope compatible mode.
    return { error: { code: 'invalid_parameter_error', param: null, message: 'parameter.enable_thinking must be set to false for non-streaming calls', type: 'invalid_request_error' } };
  }
  if (quirks.reasoningContent?.test(model)) {
    const missing = (body.messages ?? []).findIndex((m) => m.role === 'assistant' && m.tool_calls?.length && typeof (m as { reasoning_content?: unknown }).reasoning_content !== 'string');
    if (missing >= 0) {
      // DeepSeek's thinking mode with tools.
      return {
        error: { message: `Missing \`reasoning_content\` field in the assistant message at message index ${missing}.`, type: 'invalid_request_error', param: null, code: 'invalid_request_error' },
      };
    }
  }
  return undefined;
}

export interface EmbeddingsRequest {
  model?: string;
  input?: string | string[];
  encoding_format?: string;
  dimensions?: number;
}

function embeddingsAnswer(res: http.ServerResponse, raw: string, spec: NonNullable<ProviderQuirks['embeddings']>, log: EmbeddingsRequest[]): void {
  let body: EmbeddingsRequest;
  try {
    body = JSON.parse(raw) as EmbeddingsRequest;
  } catch {
    return json(res, 400, { error: { message: 'request body is not JSON', type: 'invalid_request_error' } });
  }
  log.push(body);
  const inputs = Array.isArray(body.input) ? body.input : body.input !== undefined ? [body.input] : [];
  if (!body.model || inputs.length === 0) return json(res, 400, { error: { message: 'model and input are required', type: 'invalid_request_error' } });
  if (spec.maxBatch !== undefined && inputs.length > spec.maxBatch) {
    // DashScope's wording.
    return json(res, 400, {
      error: {
        code: 'InvalidParameter',
        message: `<400> InternalError.Algo.InvalidParameter: Value error, batch size is invalid, it should not be larger than ${spec.maxBatch}.: input.contents`,
        type: 'invalid_request_error',
      },
    });
  }
  const width = spec.honoursDimensions && body.dimensions ? Math.min(body.dimensions, spec.dimensions) : spec.dimensions;
  const embedder = new LocalEmbedder({ dimensions: Math.max(16, spec.dimensions) });
  const format = spec.alwaysFormat ?? (body.encoding_format === 'base64' ? 'base64' : 'float');
  const data = inputs.map((text, index) => {
    const vector = spec.zeroVectors ? new Float32Array(width) : embedder.embedOne(text).slice(0, width);
    return { object: 'embedding', index, embedding: format === 'base64' ? Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64') : Array.from(vector) };
  });
  json(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: inputs.length, total_tokens: inputs.length } });
}
