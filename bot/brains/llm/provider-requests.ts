/**
 * What each chat request needs for its provider that LangChain does not write: it sits under the
 * SDK (inside the resilient fetch, so retries carry it too) and edits the JSON body.
 *
 * - `parallel_tool_calls` on requests that carry tools, where the preset or LLM_PARALLEL_TOOL_CALLS
 *   says so (OpenAI refuses the field on a request without tools, so it cannot go in modelKwargs).
 * - DeepSeek's thinking mode: an assistant turn that called tools must be sent back with its
 *   `reasoning_content`, or the next request of the tool loop gets a 400. LangChain reads the
 *   field into `additional_kwargs` but never writes it back, so this remembers it per tool-call
 *   id from each answer (whole or streamed) and puts it back on the assistant message that made
 *   those calls. Assistant turns without tool calls are sent without it, as DeepSeek documents.
 *
 * One instance per turn: the remembered reasoning belongs to that turn's tool loop only.
 */
export interface ProviderRequestSettings {
  parallelToolCalls?: boolean;
  returnsReasoning: boolean;
}

interface RequestMessage {
  role?: string;
  tool_calls?: { id?: string }[];
  reasoning_content?: unknown;
}

export function shapeProviderRequests(settings: ProviderRequestSettings, baseFetch: typeof fetch): typeof fetch {
  const reasoningByCall = new Map<string, string>();

  const rewrite = (body: unknown): unknown => {
    if (typeof body !== 'string') return body;
    let json: { messages?: RequestMessage[]; tools?: unknown[]; parallel_tool_calls?: unknown };
    try {
      json = JSON.parse(body) as typeof json;
    } catch {
      return body;
    }
    if (!json || !Array.isArray(json.messages)) return body;
    let changed = false;
    if (settings.parallelToolCalls !== undefined && Array.isArray(json.tools) && json.tools.length && json.parallel_tool_calls === undefined) {
      json.parallel_tool_calls = settings.parallelToolCalls;
      changed = true;
    }
    if (settings.returnsReasoning && reasoningByCall.size) {
      for (const message of json.messages) {
        if (message.role !== 'assistant' || !message.tool_calls?.length || message.reasoning_content !== undefined) continue;
        const reasoning = message.tool_calls.map((c) => (c.id ? reasoningByCall.get(c.id) : undefined)).find((r) => r !== undefined);
        if (reasoning === undefined) continue;
        message.reasoning_content = reasoning;
        changed = true;
      }
    }
    return changed ? JSON.stringify(json) : body;
  };

  const remember = (message: { reasoning_content?: unknown; tool_calls?: { id?: string }[] } | undefined) => {
    if (!message || typeof message.reasoning_content !== 'string') return;
    for (const call of message.tool_calls ?? []) if (call.id) reasoningByCall.set(call.id, message.reasoning_content);
  };

  return async (input, init) => {
    const response = await baseFetch(input, init?.body !== undefined ? { ...init, body: rewrite(init.body) as BodyInit } : init);
    if (!settings.returnsReasoning || !response.ok || !response.body) return response;
    if ((response.headers.get('content-type') ?? '').includes('text/event-stream')) {
      // Read a copy of the stream as the client reads the original.
      const [forClient, forUs] = response.body.tee();
      void collectStreamedReasoning(forUs, remember);
      return new Response(forClient, { status: response.status, statusText: response.statusText, headers: response.headers });
    }
    const text = await response.text();
    try {
      const parsed = JSON.parse(text) as { choices?: { message?: RequestMessage }[] };
      remember(parsed.choices?.[0]?.message);
    } catch {
      // Not JSON: the resilient fetch above names that failure.
    }
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/** Joins the reasoning and tool-call ids of a streamed answer (SSE `data:` lines of chunks). */
async function collectStreamedReasoning(body: ReadableStream<Uint8Array>, remember: (message: { reasoning_content?: unknown; tool_calls?: { id?: string }[] }) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  let reasoning = '';
  const ids: string[] = [];
  const read = (line: string) => {
    if (!line.startsWith('data:')) return;
    const data = line.slice(5).trim();
    if (!data || data === '[DONE]') return;
    try {
      const chunk = JSON.parse(data) as { choices?: { delta?: { reasoning_content?: unknown; tool_calls?: { id?: string }[] } }[] };
      const delta = chunk.choices?.[0]?.delta;
      if (typeof delta?.reasoning_content === 'string') reasoning += delta.reasoning_content;
      for (const call of delta?.tool_calls ?? []) if (call.id) ids.push(call.id);
    } catch {
      // A broken chunk: the client's own parser reports it.
    }
  };
  try {
    const reader = body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(read);
    }
    read(buffer);
  } catch {
    return; // the client sees the same failure on its side of the stream
  }
  if (reasoning) remember({ reasoning_content: reasoning, tool_calls: ids.map((id) => ({ id })) });
}
