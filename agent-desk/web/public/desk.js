// The built-in agent desk's page script: fills the queue and the open conversation from the JSON
// API and keeps both live over the event stream. Plain JS, no build step; everything from data is
// set as text, never as HTML.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('desk-data').textContent);
  const W = data.words;
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const locale = data.lang === 'zh' ? 'zh-CN' : 'en-GB';
  // The product in the language of this desk page.
  const productOf = (t) => (t.productWords && t.productWords[data.lang]) || t.product;
  // Deadlines are counted from the server's clock (skew is measured at every queue load).
  // `draft`: the ticket form being filled for a conversation with none (kept across live redraws);
  // `resolveChoice`: the agent is choosing whether ending the chat closes a ticket with work still to come.
  const state = { selected: null, reveal: false, opening: false, me: null, error: '', notice: '', skewMs: 0, drawn: '', draft: null, resolveChoice: false };
  const now = () => Date.now() + state.skewMs;

  const $ = (id) => document.getElementById(id);
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));

  /** el('div', { class: 'x', onclick: f }, 'text', child...) */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (key === 'class') node.className = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function time(iso) {
    if (!iso) return '—';
    return new Intl.DateTimeFormat(locale, { timeZone: data.timeZone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
  }

  function span(ms) {
    const minutes = Math.max(1, Math.round(Math.abs(ms) / 60000));
    if (minutes < 60) return data.lang === 'zh' ? `${minutes} 分钟` : `${minutes} min`;
    const hours = Math.round(minutes / 6) / 10;
    if (hours < 48) return data.lang === 'zh' ? `${hours} 小时` : `${hours} h`;
    return data.lang === 'zh' ? `${Math.round(hours / 24)} 天` : `${Math.round(hours / 24)} d`;
  }

  function due(iso, overdue) {
    const left = Date.parse(iso) - now();
    return el('span', { class: `due${overdue ? ' overdue' : ''}` }, overdue ? fill(W.overdue, { time: span(left) }) : fill(W.dueIn, { time: span(left) }));
  }

  const ticketOpen = (t) => Boolean(t && t.status !== 'resolved' && t.status !== 'closed');

  function holder(item) {
    if (item.mode === 'agent') {
      const mine = state.me && item.agent === state.me.actor;
      return el('span', { class: 'holder' }, mine ? W.mine : fill(W.takenBy, { agent: nameOf(item.agent || '') }));
    }
    // Ended by an agent with the ticket still open (a visit or repair to come): say so, not "back with the bot".
    if (item.mode === 'bot' && item.ended === 'resolved') return el('span', { class: 'holder waiting ended' }, ticketOpen(item.ticket) ? W.endedTicketOpen : W.endedResolved);
    if (item.mode === 'bot') return el('span', { class: 'holder waiting' }, W.withBot);
    return el('span', { class: 'holder waiting' }, W.waiting);
  }

  /** An agent as people call them ("li"), never the account id ("web-desk:li"). */
  const nameOf = (actor) =>
    String(actor)
      .replace(/^agent:/, '')
      .replace(/^web-desk:/, '');

  /** A refusal in this desk's words: the server's code picks them (its own message is for logs and scripts). */
  function refusal(json, fallback) {
    const e = json.error || {};
    const words = W.errors[e.code];
    if (words) return fill(words, { agent: e.agent ? nameOf(e.agent) : '' });
    return e.message || fallback;
  }

  async function api(method, path, body) {
    // A form (a reply with pictures) sets its own multipart Content-Type.
    const form = body instanceof FormData;
    const res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: method === 'GET' ? {} : form ? { 'X-CSRF-Token': csrf } : { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    if (res.status === 401) {
      location.href = '/desk/login?expired=1';
      throw new Error('login expired');
    }
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(refusal(json, res.statusText));
    return json;
  }

  // ---- queue ----
  async function loadQueue() {
    const q = await api('GET', '/desk/api/queue');
    state.me = q.me;
    state.skewMs = Date.parse(q.now) - Date.now();
    const online = $('online');
    online.replaceChildren(...(q.online.length ? q.online.map((a) => el('span', { class: 'agent-chip', 'data-agent': a.name }, a.name)) : [W.nobodyOnline]));
    $('queue-count').textContent = String(q.items.length);
    // Chats this agent ended with the ticket still open: out of the queue, found again here.
    const mine = q.mine || [];
    $('mine-section').hidden = mine.length === 0;
    $('mine-count').textContent = String(mine.length);
    $('mine').replaceChildren(
      ...mine.map((m) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              type: 'button',
              // (Its own class: "queue-item" means a conversation waiting in the queue.)
              class: `mine-item ${m.ticket.priority}${m.conversationId === state.selected ? ' selected' : ''}`,
              'data-conversation': m.conversationId,
              onclick: () => select(m.conversationId),
            },
            el('span', { class: 'row' }, el('span', { class: 'ticket-no' }, m.ticket.number), el('span', { class: `badge ${m.ticket.priority}` }, m.ticket.priority)),
            el(
              'span',
              { class: 'meta' },
              [productOf(m.ticket), [W.statuses[m.ticket.status], m.ticket.pending && W.pendingKinds[m.ticket.pending]].filter(Boolean).join(' · ')].filter(Boolean).join(' · '),
            ),
            el('span', { class: 'row' }, due(m.ticket.dueAt, m.ticket.overdue)),
          ),
        ),
      ),
    );
    $('queue-empty').hidden = q.items.length > 0;
    $('queue').replaceChildren(
      ...q.items.map((item) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              type: 'button',
              class: `queue-item ${item.ticket ? item.ticket.priority : ''}${item.conversationId === state.selected ? ' selected' : ''}`,
              'data-conversation': item.conversationId,
              onclick: () => select(item.conversationId),
            },
            el(
              'span',
              { class: 'row' },
              el('span', { class: 'ticket-no' }, item.ticket ? item.ticket.number : `#${item.conversationId}`),
              item.ticket ? el('span', { class: `badge ${item.ticket.priority}` }, item.ticket.priority) : null,
              // A handoff with no ticket (a bare request for a person) has its own clock.
              !item.ticket && item.clock && item.clock.priority ? el('span', { class: `badge ${item.clock.priority}` }, item.clock.priority) : null,
            ),
            el('span', { class: 'reason' }, W.reasons[item.reason] || item.reason || '—'),
            el('span', { class: 'meta' }, [W.channels[item.channel] || item.channel, item.ticket && productOf(item.ticket)].filter(Boolean).join(' · ')),
            item.lastCustomerText ? el('span', { class: 'last' }, `“${item.lastCustomerText}”`) : null,
            item.openQuestions ? el('span', { class: 'open-questions' }, W.openQuestions.replace('{n}', item.openQuestions)) : null,
            el(
              'span',
              { class: 'row' },
              holder(item),
              item.ticket ? due(item.ticket.dueAt, item.ticket.overdue) : item.clock && !item.clock.responded ? due(item.clock.firstResponseDue, item.clock.overdue) : null,
            ),
          ),
        ),
      ),
    );
  }

  // ---- one conversation ----
  async function select(id) {
    if (state.selected !== id) {
      state.reveal = false;
      state.draft = null;
      state.resolveChoice = false;
      state.notice = '';
    }
    state.selected = id;
    state.error = '';
    document.querySelectorAll('.queue-item, .mine-item').forEach((b) => b.classList.toggle('selected', Number(b.dataset.conversation) === id));
    await loadConversation();
  }

  async function loadConversation() {
    if (!state.selected) return;
    // The load right after "show personal data" is the opening the server records; later refreshes only show it.
    const opening = state.opening;
    state.opening = false;
    const v = await api('GET', `/desk/api/conversations/${state.selected}${state.reveal ? `?reveal=1${opening ? '&opening=1' : ''}` : ''}`);
    // Redrawn only when something changed: the agent's typing, focus and scroll are left alone.
    const drawn = JSON.stringify([v, state.error, state.notice, state.me && state.me.actor, state.draft && state.draft.revealed, state.resolveChoice]);
    if (drawn === state.drawn) return;
    state.drawn = drawn;
    renderDetail(v);
  }

  function act(path, body, confirmText) {
    return async () => {
      if (confirmText && !window.confirm(confirmText)) return;
      try {
        state.error = '';
        state.notice = '';
        const done = await api('POST', `/desk/api/conversations/${state.selected}/${path}`, body ? body() : {});
        // The reply went, but its pictures could not (the customer's channel cannot take them): say why.
        if (done && done.imagesNotSent) state.notice = done.imagesNotSent;
        await Promise.all([loadQueue(), loadConversation()]);
        return true;
      } catch (error) {
        state.error = fill(W.failed, { message: error.message });
        await loadConversation().catch(() => undefined);
        return false;
      }
    };
  }

  /** Draws the open conversation again even when nothing in it changed (a form opened or closed). */
  function redraw() {
    state.drawn = '';
    return loadConversation();
  }

  // ---- a ticket for a conversation that has none ----
  const DRAFT_FIELDS = ['category', 'brand', 'model', 'errorCode', 'symptom', 'phone', 'address', 'preferredTime', 'priority'];

  /** The prefilled form from the API: the phone and address masked unless personal data is shown. */
  async function fetchDraft(opening = false) {
    return api('GET', `/desk/api/conversations/${state.selected}/ticket-draft${state.reveal ? `?reveal=1${opening ? '&opening=1' : ''}` : ''}`);
  }

  async function openDraft() {
    try {
      const d = await fetchDraft();
      state.draft = { conversationId: state.selected, revealed: d.revealed, values: Object.fromEntries(DRAFT_FIELDS.map((k) => [k, d[k] || ''])) };
      state.error = '';
    } catch (error) {
      state.error = fill(W.failed, { message: error.message });
    }
    await redraw();
  }

  /** Showing or hiding personal data changes the form's phone and address only: the rest is the agent's. */
  async function redrawDraftContact() {
    if (!state.draft) return;
    // Called right after the "show personal data" click: the one opening the server records.
    const d = await fetchDraft(state.opening);
    Object.assign(state.draft, { revealed: d.revealed });
    state.draft.values.phone = d.phone || '';
    state.draft.values.address = d.address || '';
  }

  async function fileDraft() {
    const draft = state.draft;
    const body = Object.fromEntries(Object.entries(draft.values).filter(([, value]) => String(value).trim() !== ''));
    // The page never held the real phone and address: the server files them as the customer gave them.
    if (!draft.revealed) {
      delete body.phone;
      delete body.address;
      body.contactFromDraft = true;
    }
    try {
      state.error = '';
      const done = await api('POST', `/desk/api/conversations/${state.selected}/ticket`, body);
      state.draft = null;
      state.notice = fill(W.filed, { number: done.ticket.number });
    } catch (error) {
      state.error = fill(W.failed, { message: error.message });
    }
    await Promise.all([loadQueue(), redraw()]);
  }

  function draftForm() {
    const values = state.draft.values;
    const input = (key, attrs) => {
      const node = el(key === 'symptom' ? 'textarea' : 'input', { id: `draft-${key}`, name: key, ...attrs });
      node.value = values[key] || '';
      node.addEventListener('input', () => (values[key] = node.value));
      return node;
    };
    const masked = !state.draft.revealed;
    const known = data.categories.some((c) => c.id === values.category);
    const category = el(
      'select',
      { id: 'draft-category', name: 'category' },
      el('option', { value: '' }, W.productUnknown),
      // A product the lexicon does not hold stays as the customer named it.
      !known && values.category ? el('option', { value: values.category }, values.category) : null,
      data.categories.map((c) => el('option', { value: c.id }, c.label)),
    );
    category.value = values.category || '';
    category.addEventListener('change', () => (values.category = category.value));
    const priority = el(
      'select',
      { id: 'draft-priority', name: 'priority' },
      ['P1', 'P2', 'P3', 'P4'].map((p) => el('option', { value: p }, p)),
    );
    priority.value = values.priority || 'P3';
    priority.addEventListener('change', () => (values.priority = priority.value));
    const row = (label, control) => el('label', { class: 'draft-row' }, el('span', {}, label), control);
    return el(
      'form',
      {
        id: 'ticket-form',
        class: 'card wide ticket-form',
        onsubmit: async (e) => {
          e.preventDefault();
          if (!values.symptom.trim()) return;
          await fileDraft();
        },
      },
      el('h3', {}, W.draftTitle),
      row(W.product, category),
      row(W.brand, input('brand', { maxlength: 60 })),
      row(W.model, input('model', { maxlength: 80 })),
      row(W.errorCode, input('errorCode', { maxlength: 20 })),
      row(W.symptom, input('symptom', { maxlength: 2000, required: true })),
      row(W.contact, input('phone', { maxlength: 40, readonly: masked })),
      row(W.address, input('address', { maxlength: 250, readonly: masked })),
      row(W.preferredTime, input('preferredTime', { maxlength: 60 })),
      row(W.priority, priority),
      masked && (values.phone || values.address) ? el('p', { class: 'privacy', id: 'draft-masked' }, W.draftMasked) : null,
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'submit', class: 'primary', id: 'draft-file' }, W.fileIt),
        el(
          'button',
          {
            type: 'button',
            id: 'draft-cancel',
            onclick: () => {
              state.draft = null;
              return redraw();
            },
          },
          W.cancel,
        ),
      ),
    );
  }

  // ---- ending the chat when its ticket still has work to come ----
  function resolveChoice(t) {
    const end = (closeTicket) => async () => {
      state.resolveChoice = false;
      try {
        state.error = '';
        const done = await api('POST', `/desk/api/conversations/${state.selected}/resolve`, closeTicket ? { closeTicket: true } : {});
        const open = done.ticket && done.ticket.status !== 'resolved' && done.ticket.status !== 'closed';
        state.notice = open ? fill(W.resolvedKeptOpen, { number: done.ticket.number, pending: W.pendingKinds[t.pending] || '' }) : '';
      } catch (error) {
        state.error = fill(W.failed, { message: error.message });
      }
      await Promise.all([loadQueue(), redraw()]);
    };
    return el(
      'div',
      { class: 'resolve-choice error-banner notice', id: 'resolve-choice', role: 'alertdialog', 'aria-labelledby': 'resolve-choice-text' },
      el('p', { id: 'resolve-choice-text' }, fill(t.pending === 'visit' ? W.resolvePendingVisit : W.resolvePendingRepair, { number: t.number })),
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'button', class: 'primary', id: 'resolve-keep-open', onclick: end(false) }, W.resolveKeepOpen),
        el('button', { type: 'button', id: 'resolve-close-ticket', onclick: end(true) }, W.resolveAndClose),
        el(
          'button',
          {
            type: 'button',
            id: 'resolve-cancel',
            onclick: () => {
              state.resolveChoice = false;
              return redraw();
            },
          },
          W.cancel,
        ),
      ),
    );
  }

  function dl(rows) {
    return el(
      'dl',
      {},
      rows.filter((r) => r && r[1] !== undefined && r[1] !== null && r[1] !== '').flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
    );
  }

  /** Who did it, in words: an agent by name, the bot, the customer. */
  function who(actor) {
    if (/^(agent:|web-desk:)/.test(actor)) return nameOf(actor);
    if (/^bot/.test(actor)) return W.roleBot;
    if (/^customer/.test(actor)) return W.roleCustomer;
    return actor;
  }

  function card(title, ...body) {
    return el('section', { class: 'card' }, el('h3', {}, title), ...body);
  }

  function renderDetail(v) {
    const detail = $('detail');
    // What the agent was typing survives a live refresh.
    const kept = { reply: detail.querySelector('#reply-text')?.value || '', note: detail.querySelector('#note-text')?.value || '', focus: document.activeElement && document.activeElement.id };
    const t = v.ticket;
    const mine = state.me && v.agent === state.me.actor;
    const withPeople = v.mode !== 'bot';
    // Another agent holds it: what only the holder does (reply, resolve, hand back, release) is not offered.
    const heldByOther = v.mode === 'agent' && !mine;
    const manager = state.me && state.me.role === 'manager';
    const mayAct = withPeople && !heldByOther;

    const head = el(
      'div',
      { class: 'detail-head' },
      el('h2', {}, t ? `${W.ticket} ${t.number}` : `#${v.conversationId}`),
      t ? el('span', { class: `badge ${t.priority}` }, t.priority) : null,
      holder({ mode: v.mode, agent: v.agent, ended: v.ended, ticket: t }),
      el(
        'div',
        { class: 'actions' },
        v.mode === 'handoff_requested' ? el('button', { type: 'button', class: 'primary', id: 'claim', onclick: act('claim') }, W.claim) : null,
        heldByOther && manager
          ? el('button', { type: 'button', id: 'take-over', class: 'primary', onclick: act('take-over', undefined, fill(W.takeOverConfirm, { agent: nameOf(v.agent || '') })) }, W.takeOver)
          : null,
        v.mode === 'agent' && mine ? el('button', { type: 'button', id: 'release', onclick: act('release') }, W.release) : null,
        // The chat has ended and the ticket waits for a visit or repair: it may be closed once the work is done (no second survey).
        !withPeople && ticketOpen(t) && v.ended === 'resolved'
          ? el('button', { type: 'button', id: 'close-ticket', onclick: act('resolve', () => ({ closeTicket: true }), W.closeTicketConfirm) }, W.closeTicket)
          : null,
        // (A handoff with no ticket is resolved too: the customer gets the survey.)
        mayAct && (ticketOpen(t) || !t)
          ? el(
              'button',
              {
                type: 'button',
                id: 'resolve',
                // A ticket with a visit or a repair still to come: the agent is told it stays open, and may close it too.
                onclick:
                  t && t.pending
                    ? () => {
                        state.resolveChoice = true;
                        return redraw();
                      }
                    : act('resolve', undefined, W.resolveConfirm),
              },
              W.resolve,
            )
          : null,
        mayAct ? el('button', { type: 'button', id: 'hand-back', onclick: act('return') }, W.handBack) : null,
        el(
          'button',
          {
            type: 'button',
            id: 'reveal',
            onclick: async () => {
              state.reveal = !state.reveal;
              state.opening = state.reveal;
              await redrawDraftContact().catch((error) => (state.error = fill(W.failed, { message: error.message })));
              await redraw();
            },
          },
          state.reveal ? W.hide : W.reveal,
        ),
      ),
    );

    const picture = (m, a, alt) => {
      // Deleted after reading (the upload setting): said in words, and never asked for (no 404s).
      if (a.kept === false) return el('p', { class: 'privacy photo-gone' }, W.photoGone);
      const img = el('img', { class: 'thumb', alt, src: `/desk/api/conversations/${v.conversationId}/attachments/${m.id}/${a.index}` });
      img.addEventListener('error', () => img.replaceWith(el('p', { class: 'privacy' }, W.photoGone)));
      return img;
    };
    // The customer's photos are the receipt card's; an agent's pictures stay with their message in the log.
    const photos = v.messages.filter((m) => m.role === 'customer').flatMap((m) => m.attachments.filter((a) => a.kind === 'image').map((a) => picture(m, a, W.photo)));
    const receipt = v.receipt
      ? dl([...Object.entries(v.receipt.fields).map(([k, f]) => [W.fields[k] || k, `${f.value} (${Math.round(f.confidence * 100)}%)`])])
      : el('p', { class: 'privacy' }, W.receiptNone);

    const grid = el(
      'div',
      { class: 'grid' },
      card(
        W.why,
        el('p', {}, (v.request && (W.reasons[v.request.reason] || v.request.reason)) || '—'),
        v.request ? el('p', { class: 'summary' }, `${W.summary}: ${(v.request.summaryWords && v.request.summaryWords[data.lang]) || v.request.summary || '—'}`) : null,
      ),
      card(
        W.ticket,
        t
          ? dl([
              [W.ticket, t.number],
              [W.status, [W.statuses[t.status] || t.status, t.pending && W.pendingKinds[t.pending]].filter(Boolean).join(' · ')],
              [W.product, [productOf(t), t.errorCode].filter(Boolean).join(' · ')],
              [W.warranty, W.warrantyStates[t.warranty] || t.warranty],
              [W.firstResponse, [time(t.firstResponseDue), t.responded ? '✓' : ''].join(' ')],
              [W.resolution, time(t.resolutionDue)],
            ])
          : el('p', {}, W.noTicket),
        // A handoff with no ticket (a bare request for a person): the agent files one from what the customer said.
        !t && !state.draft ? el('button', { type: 'button', id: 'file-ticket', class: 'primary', onclick: openDraft }, W.fileTicket) : null,
        t && !t.responded ? due(t.firstResponseDue, t.overdue) : null,
        !t && v.request && v.request.firstResponseDue && v.mode === 'handoff_requested' ? due(v.request.firstResponseDue, Date.parse(v.request.firstResponseDue) < now()) : null,
      ),
      card(
        W.customer,
        dl([
          [W.channel, W.channels[v.channel] || v.channel],
          [W.customer, `#${v.customer.id}${v.customer.name ? ` ${v.customer.name}` : ''}`],
          [W.contact, (t && t.contactPhone) || v.customer.phone],
          [W.address, t && t.address],
        ]),
        el('p', { class: 'privacy' }, v.revealed ? W.revealedNote : ''),
      ),
      card(W.receipt, receipt, ...photos),
      card(
        W.knowledge,
        v.knowledge.length
          ? el(
              'ul',
              {},
              // The case's title only: its id is for the knowledge files, not for the agent.
              v.knowledge.map((k) => el('li', { 'data-case': k.id }, data.lang === 'zh' ? k.title.zh : k.title.en)),
            )
          : el('p', {}, W.knowledgeNone),
      ),
      // What the customer added while waiting, questions left for the agent first.
      v.whileWaiting && v.whileWaiting.length
        ? card(
            W.whileWaiting,
            el(
              'ul',
              { class: 'while-waiting' },
              v.whileWaiting.map((n) => el('li', { class: `waiting-${n.kind}` }, el('strong', {}, `${W.waitingKinds[n.kind] || n.kind}: `), n.text)),
            ),
          )
        : null,
    );

    // The ticket's own status is shown even when it is not one an agent sets by hand (new, resolved).
    const settable = ['open', 'in_progress', 'waiting_customer'];
    const statusOptions = (t && !settable.includes(t.status) ? [t.status] : []).concat(settable);
    const statusSelect = el(
      'select',
      { id: 'status-select', 'aria-label': W.status },
      statusOptions.map((s) => el('option', { value: s, selected: t && t.status === s, disabled: !settable.includes(s) }, W.statuses[s])),
    );
    const prioritySelect = el(
      'select',
      { id: 'priority-select', 'aria-label': W.priority },
      ['P1', 'P2', 'P3', 'P4'].map((p) => el('option', { value: p, selected: t && t.priority === p }, p)),
    );
    const controls = t
      ? el(
          'div',
          { class: 'controls card wide' },
          el('label', {}, `${W.status} `, statusSelect),
          el('button', { type: 'button', id: 'save-status', onclick: act('status', () => ({ status: statusSelect.value })) }, W.save),
          el('label', {}, `${W.priority} `, prioritySelect),
          el('button', { type: 'button', id: 'save-priority', onclick: act('priority', () => ({ priority: prioritySelect.value })) }, W.save),
        )
      : null;

    const log = el(
      'div',
      { class: 'log', id: 'log', role: 'log', 'aria-label': W.conversation },
      v.messages.map((m) =>
        el(
          'div',
          { class: `msg ${m.role}`, 'data-id': m.id },
          el('span', { class: 'who' }, `${m.role === 'customer' ? W.roleCustomer : m.role === 'agent' ? `${W.roleAgent} ${nameOf(m.author)}` : W.roleBot} · ${time(m.at)}`),
          el('span', { class: 'bubble' }, m.text || (m.attachments.length && m.role === 'customer' ? `[${W.photo}]` : '')),
          m.role === 'agent' ? m.attachments.filter((a) => a.kind === 'image').map((a) => picture(m, a, W.agentPicture)) : null,
        ),
      ),
    );

    const replyText = el('textarea', { id: 'reply-text', maxlength: 4000, placeholder: W.replyHint });
    replyText.value = kept.reply;
    const noteText = el('textarea', { id: 'note-text', maxlength: 4000 });
    noteText.value = kept.note;
    // Pictures chosen survive a live refresh, like the text being typed.
    const pictures = detail.querySelector('#reply-images') || el('input', { type: 'file', id: 'reply-images', name: 'image', accept: 'image/jpeg,image/png,image/webp,image/gif', multiple: true });
    /** With pictures the reply is a multipart form (the CSRF header as on every post); without, JSON. */
    const send = async () => {
      if (!pictures.files.length) return act('reply', () => ({ text: replyText.value }))();
      const form = new FormData();
      form.append('text', replyText.value);
      for (const file of pictures.files) form.append('image', file);
      return act('reply', () => form)();
    };
    const note = act('note', () => ({ text: noteText.value }));
    const compose = el(
      'div',
      { class: 'compose' },
      mayAct
        ? el(
            'form',
            {
              id: 'reply-form',
              onsubmit: async (e) => {
                e.preventDefault();
                if (!replyText.value.trim() && !pictures.files.length) return;
                if (await send()) {
                  $('reply-text').value = '';
                  pictures.value = '';
                }
              },
            },
            el('label', { for: 'reply-text' }, W.reply),
            replyText,
            el('label', { for: 'reply-images', class: 'picker' }, W.attachPictures),
            pictures,
            el('button', { type: 'submit', class: 'primary' }, W.send),
          )
        : heldByOther
          ? el('p', { class: 'held-by', id: 'held-by' }, fill(W.heldBy, { agent: nameOf(v.agent || '') }))
          : el('div'),
      // (Without a ticket the notes are kept with the conversation and move onto the ticket filed.)
      t || withPeople
        ? el(
            'form',
            {
              id: 'note-form',
              class: 'note',
              onsubmit: async (e) => {
                e.preventDefault();
                if (!noteText.value.trim()) return;
                if (await note()) $('note-text').value = '';
              },
            },
            el('label', { for: 'note-text' }, W.note),
            noteText,
            el('button', { type: 'submit' }, W.addNote),
          )
        : null,
    );

    const events = v.events.length
      ? card(
          W.history,
          el(
            'ul',
            { class: 'events' },
            // A change in words in the desk's language ("P2 (high) → P1 (urgent)"), else the event's own text.
            v.events.map((e) =>
              el(
                'li',
                {},
                `${time(e.at)} · ${who(e.actor)} · ${(W.eventKinds && W.eventKinds[e.kind]) || e.kind}${e.words ? `: ${e.words[data.lang === 'zh' ? 'zh' : 'en']}` : e.text ? `: ${e.text}` : ''}`,
              ),
            ),
          ),
        )
      : null;

    detail.replaceChildren(
      state.error ? el('p', { class: 'error-banner', role: 'alert' }, state.error) : '',
      state.notice ? el('p', { class: 'error-banner notice', role: 'status', id: 'reply-notice' }, state.notice) : '',
      head,
      state.resolveChoice && t && t.pending ? resolveChoice(t) : '',
      grid,
      controls || '',
      state.draft && state.draft.conversationId === v.conversationId && !t ? draftForm() : '',
      el('h3', {}, W.conversation),
      log,
      compose,
      events || '',
    );
    log.scrollTop = log.scrollHeight;
    if (kept.focus && /^(reply-text|note-text|draft-)/.test(kept.focus)) $(kept.focus)?.focus();
  }

  // ---- live updates ----
  let queueTimer;
  let detailTimer;
  const soon = (fn, which) => {
    if (which === 'queue') {
      clearTimeout(queueTimer);
      queueTimer = setTimeout(() => fn().catch(() => undefined), 80);
    } else {
      clearTimeout(detailTimer);
      detailTimer = setTimeout(() => fn().catch(() => undefined), 80);
    }
  };

  function connect() {
    const events = new EventSource('/desk/api/events');
    events.addEventListener('ready', () => {
      $('connection').hidden = true;
      soon(loadQueue, 'queue');
      if (state.selected) soon(loadConversation, 'detail');
    });
    events.addEventListener('change', (e) => {
      const change = JSON.parse(e.data);
      if (change.kind === 'queue' || change.kind === 'presence') soon(loadQueue, 'queue');
      if (change.kind === 'conversation' && change.conversationId === state.selected) soon(loadConversation, 'detail');
    });
    events.addEventListener('end', () => {
      events.close();
      // Logging out here ends this stream too: the form's own navigation takes the agent to the
      // login page, and a second one ("expired") would race it and tell them something untrue.
      if (!loggingOut) location.href = '/desk/login?expired=1';
    });
    events.addEventListener('error', () => {
      $('connection').hidden = false;
    });
  }

  let loggingOut = false;
  for (const form of document.querySelectorAll('form[action="/desk/logout"]')) form.addEventListener('submit', () => (loggingOut = true));

  loadQueue().catch(() => undefined);
  connect();
})();
