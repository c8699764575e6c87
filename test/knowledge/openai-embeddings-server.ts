/**
 * A small OpenAI-compatible /v1/embeddings server on 127.0.0.1 for tests: it speaks the real
 * protocol (bearer auth, {model, input, encoding_format}, base64 float32 vectors when asked) and
 * embeds with the local n-gram embedder so vectors are meaningful. It can be told to fail or stall.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalEmbedder } from '../../knowledge/local-embedder';

export interface FakeEmbeddingsServer {
  baseUrl: string;
  requests: { body: Record<string, unknown>; authorization?: string }[];
  mode: 'ok' | 'error500' | 'stall' | 'short';
  close(): Promise<void>;
}

export async function startEmbeddingsServer(dimensions = 64): Promise<FakeEmbeddingsServer> {
  const embedder = new LocalEmbedder({ dimensions });
  const state: FakeEmbeddingsServer = { baseUrl: '', requests: [], mode: 'ok', close: async () => {} };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
        return;
      }
      const body = JSON.parse(raw) as { model: string; input: string | string[]; encoding_format?: 'float' | 'base64' };
      state.requests.push({ body, authorization: req.headers.authorization });
      if (state.mode === 'stall') return; // never answers; the client's timeout must fire
      if (state.mode === 'error500') {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'upstream exploded', type: 'server_error' } }));
        return;
      }
      const inputs = Array.isArray(body.input) ? body.input : [body.input];
      const vectors = inputs.map((t) => embedder.embedOne(t));
      const data = vectors.slice(0, state.mode === 'short' ? Math.max(0, inputs.length - 1) : undefined).map((v, index) => ({
        object: 'embedding',
        index,
        embedding: body.encoding_format === 'base64' ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') : Array.from(v),
      }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: inputs.length, total_tokens: inputs.length } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
