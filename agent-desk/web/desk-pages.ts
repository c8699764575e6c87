/**
 * The desk's two pages, rendered on the server: the login form (the only page reachable without
 * a login) and the desk itself, whose small script (public/desk.js) fills the queue and the
 * conversation from the JSON API and keeps them live. Everything from data is escaped.
 */
import { PRODUCT_CATEGORIES } from '../../kernel/lexicon/product-categories';
import type { AgentAccount } from '../agent-accounts';
import { deskWords, fill, type DeskLang } from './desk-words';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON for a data block inside HTML: nothing in it can close the block. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export interface LoginPage {
  lang: DeskLang;
  csrfToken: string;
  /** The stylesheet, inlined (the login page loads nothing else). */
  css: string;
  nonce: string;
  error?: 'invalid' | 'throttled' | 'expired';
  retryMinutes?: number;
  name?: string;
}

export function loginPage(page: LoginPage): string {
  const w = deskWords(page.lang);
  const error = page.error === 'invalid' ? w.loginFailed : page.error === 'throttled' ? fill(w.throttled, { minutes: page.retryMinutes ?? 15 }) : page.error === 'expired' ? w.expired : '';
  const other: DeskLang = page.lang === 'zh' ? 'en' : 'zh';
  return `<!doctype html>
<html lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.loginTitle)} · ${escapeHtml(w.title)}</title>
<style nonce="${page.nonce}">${page.css}</style>
</head>
<body class="login-body">
<main class="login-card">
  <h1>${escapeHtml(w.title)}</h1>
  <h2>${escapeHtml(w.loginTitle)}</h2>
  ${error ? `<p class="form-error" role="alert">${escapeHtml(error)}</p>` : ''}
  <form method="post" action="/desk/login" autocomplete="on">
    <input type="hidden" name="_csrf" value="${escapeHtml(page.csrfToken)}">
    <input type="hidden" name="lang" value="${page.lang}">
    <label>${escapeHtml(w.name)}<input name="name" autocomplete="username" required maxlength="40" value="${escapeHtml(page.name ?? '')}"></label>
    <label>${escapeHtml(w.password)}<input name="password" type="password" autocomplete="current-password" required maxlength="200"></label>
    <button type="submit" class="primary">${escapeHtml(w.login)}</button>
  </form>
  <p class="hint">${escapeHtml(w.accountsHint)}</p>
  <p class="hint"><a href="/desk/login?lang=${other}">${escapeHtml(w.otherLang)}</a></p>
</main>
</body>
</html>`;
}

export interface DeskPage {
  lang: DeskLang;
  agent: AgentAccount;
  csrfToken: string;
  timeZone: string;
  /** Channels that need a person now (a WeChat login to scan, Slack refusing the token), with a link to act on. */
  attention?: { detail: string; link?: string }[];
}

export function deskPage(page: DeskPage): string {
  const w = deskWords(page.lang);
  const other: DeskLang = page.lang === 'zh' ? 'en' : 'zh';
  // The products the ticket form offers, named in the page's language.
  const categories = PRODUCT_CATEGORIES.map((c) => ({ id: c.id, label: c.label[page.lang] }));
  const data = { lang: page.lang, words: w, agent: { name: page.agent.name, role: page.agent.role }, timeZone: page.timeZone, categories };
  return `<!doctype html>
<html lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${escapeHtml(page.csrfToken)}">
<title>${escapeHtml(w.title)}</title>
<link rel="stylesheet" href="/desk/assets/desk.css">
<script id="desk-data" type="application/json">${jsonForHtml(data)}</script>
<script src="/desk/assets/desk.js" defer></script>
</head>
<body>
<header class="topbar">
  <strong class="brand">${escapeHtml(w.title)}</strong>
  <div class="presence" aria-live="polite"><span class="label">${escapeHtml(w.online)}:</span> <span id="online"></span></div>
  <div class="me">
    <span class="who">${escapeHtml(page.agent.name)} · ${escapeHtml(page.agent.role === 'manager' ? (page.lang === 'zh' ? '主管' : 'manager') : page.lang === 'zh' ? '客服' : 'agent')}</span>
    ${page.agent.role === 'manager' ? `<a href="/desk/reports?lang=${page.lang}" id="reports-link">${escapeHtml(w.reports)}</a>` : ''}
    <a href="/desk?lang=${other}">${escapeHtml(w.otherLang)}</a>
    <form method="post" action="/desk/logout" class="inline"><input type="hidden" name="_csrf" value="${escapeHtml(page.csrfToken)}"><button type="submit">${escapeHtml(w.logout)}</button></form>
  </div>
</header>
${(page.attention ?? []).length ? `<ul class="attention" role="alert">${page.attention!.map((a) => `<li>${escapeHtml(a.detail)}${a.link ? ` <a href="${escapeHtml(a.link)}" target="_blank" rel="noopener noreferrer">${escapeHtml(page.lang === 'zh' ? '打开二维码' : 'open the QR code')}</a>` : ''}</li>`).join('')}</ul>` : ''}
<p id="connection" class="connection" hidden>${escapeHtml(w.reconnecting)}</p>
<main class="layout">
  <section class="queue" aria-label="${escapeHtml(w.queue)}">
    <h2>${escapeHtml(w.queue)} <span id="queue-count" class="count"></span></h2>
    <ol id="queue" class="queue-list"></ol>
    <p id="queue-empty" class="empty" hidden>${escapeHtml(w.queueEmpty)}</p>
    <div id="mine-section" hidden>
      <h3>${escapeHtml(w.myOpenTickets)} <span id="mine-count" class="count"></span></h3>
      <p class="empty">${escapeHtml(w.myOpenTicketsHint)}</p>
      <ol id="mine" class="queue-list"></ol>
    </div>
  </section>
  <section id="detail" class="detail" aria-live="polite">
    <p class="empty">${escapeHtml(w.pick)}</p>
  </section>
</main>
</body>
</html>`;
}
