/**
 * A reasoning model's thinking is never for the customer. Providers hand it over in two ways:
 * a separate field (`reasoning_content` at DeepSeek, DashScope and vLLM; `reasoning` at Ollama and
 * newer vLLM), which LangChain keeps out of the message content, or inline as `<think>…</think>`
 * at the start of the content (Qwen3 and DeepSeek-R1 distills served by Ollama or by vLLM without
 * a reasoning parser). This removes the inline form from whole texts and from streamed deltas.
 */

const OPEN = '<think>';
const CLOSE = '</think>';

/**
 * The text without its thinking: every `<think>…</think>` block, a dangling `</think>` whose
 * opening tag the server's template already sent (the text before it was thinking), and an
 * unclosed `<think>` (an answer cut off mid-thought: nothing after it is an answer).
 */
export function stripThinking(text: string): string {
  let out = text;
  const close = out.lastIndexOf(CLOSE);
  if (close >= 0 && out.lastIndexOf(OPEN, close) < 0 && out.indexOf(OPEN) < 0) out = out.slice(close + CLOSE.length);
  out = out.replace(/<think>[\s\S]*?<\/think>/g, '');
  const open = out.indexOf(OPEN);
  if (open >= 0) out = out.slice(0, open);
  return out === text ? text : out.trim();
}

/**
 * The same for a stream: feed deltas, get only what a customer may see. A tag split across
 * deltas ("<thi" + "nk>") is held back until it is known not to be one.
 */
export class ThinkingFilter {
  private inside = false;
  private held = '';

  push(delta: string): string {
    let text = this.held + delta;
    this.held = '';
    let out = '';
    for (;;) {
      const tag = this.inside ? CLOSE : OPEN;
      const at = text.indexOf(tag);
      if (at >= 0) {
        if (!this.inside) out += text.slice(0, at);
        text = text.slice(at + tag.length);
        this.inside = !this.inside;
        continue;
      }
      // Keep back a tail that could be the start of the tag.
      let keep = 0;
      for (let n = Math.min(tag.length - 1, text.length); n > 0; n--) {
        if (tag.startsWith(text.slice(text.length - n))) {
          keep = n;
          break;
        }
      }
      if (!this.inside) out += text.slice(0, text.length - keep);
      this.held = text.slice(text.length - keep);
      return out;
    }
  }

  /** What was held back at the end of the stream (never thinking). */
  end(): string {
    const rest = this.inside ? '' : this.held;
    this.held = '';
    return rest;
  }
}
