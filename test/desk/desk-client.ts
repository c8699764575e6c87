/**
 * A small client for the built-in desk over real HTTP, as a browser speaks to it: cookies kept
 * in a jar, the login form's CSRF token read from the page, the session's CSRF token read from
 * the desk page and sent on every change.
 */
import { hashPassword } from '../../agent-desk/password-hash';
import type { AgentRole } from '../../agent-desk/agent-accounts';
import type { RunningServer } from '../../app/server';

export const PASSWORD = 'correct-horse-battery-staple';
let hashed: Promise<string> | undefined;

/** Accounts for tests, all with PASSWORD (hashed once: scrypt is slow on purpose). */
export async function addAgent(server: RunningServer, name: string, role: AgentRole = 'agent') {
  hashed ??= hashPassword(PASSWORD);
  return server.context.assistant.desk.agents.add(name, role, await hashed);
}

export interface DeskResponse<T = any> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export class DeskClient {
  readonly cookies = new Map<string, string>();
  csrf?: string;

  constructor(
    readonly base: string,
    /** Another fetch (through the test nginx: one that trusts its certificate). */
    private readonly fetcher: (url: string, init: { method: string; headers: Record<string, string>; body?: string; redirect: 'manual' }) => Promise<Response> = fetch,
  ) {}

  async request<T = any>(
    method: string,
    path: string,
    options: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string>; csrf?: string | null } = {},
  ): Promise<DeskResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
    let body: string | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['Content-Type'] = 'application/json';
    } else if (options.form) {
      body = new URLSearchParams(options.form).toString();
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
    }
    const csrf = options.csrf === null ? undefined : (options.csrf ?? this.csrf);
    if (method !== 'GET' && csrf && !('X-CSRF-Token' in headers)) headers['X-CSRF-Token'] = csrf;
    const res = await this.fetcher(this.base + path, { method, headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = decodeURIComponent(pair!.slice(at + 1));
      if (/Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* HTML or text */
    }
    return { status: res.status, headers: res.headers, text, body: parsed as T };
  }

  /** Submits the login form as a browser would; returns the response to the POST. */
  async login(name: string, password = PASSWORD, extra: Record<string, string> = {}): Promise<DeskResponse> {
    const page = await this.request('GET', '/desk/login');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const res = await this.request('POST', '/desk/login', { form: { _csrf: token, name, password, ...extra }, csrf: null });
    if (res.status === 303) {
      const desk = await this.request('GET', '/desk');
      this.csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(desk.text)?.[1];
    }
    return res;
  }

  post<T = any>(path: string, json: unknown = {}) {
    return this.request<T>('POST', path, { json });
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
}
