// @ts-check
/*
 * After-sales chat widget. Embed with one tag:
 *   <script src="https://support.example.com/widget/widget.js" async></script>
 * Optional attributes: data-lang="zh|en" (default: the page's lang, then the browser's),
 * data-title="..." (panel title).
 *
 * Plain JS, no build step, no dependencies. Everything the server or a visitor wrote is put into
 * the page with textContent, never as HTML. The UI lives in a shadow root so the host page's CSS
 * neither breaks it nor is broken by it.
 */
/**
 * Type-checked by `tsc -p tsconfig.widget.json` (npm run typecheck), against the DOM and the
 * server's error codes.
 * @typedef {import('../../web-error-codes').WidgetErrorCode} WidgetErrorCode
 * @typedef {{ number: string, priority: string, firstResponseDue: string, resolutionDue: string }} TicketSummary
 * @typedef {{ id: number, direction: 'in' | 'out', role: 'customer' | 'bot' | 'agent', kind: string, text: string,
 *   clientMessageId?: string, attachments?: unknown[], quickReplies?: string[], ticket?: TicketSummary, draft?: string }} ChatMessage
 * @typedef {{ replyTo?: number, draft?: string, text: string }} ReplyDelta
 * @typedef {Error & { code?: string, status?: number }} ApiError
 */
(function () {
  'use strict';
  var current = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  var page = /** @type {Window & { __aftersalesWidget?: boolean }} */ (window);
  if (!current || page.__aftersalesWidget) return;
  page.__aftersalesWidget = true;
  /** @type {HTMLScriptElement} */
  var script = current;

  var BASE = new URL(script.src, location.href).origin;
  var API = BASE + '/api/web';
  var STORE_KEY = 'aftersales-chat:' + BASE;
  var ACCEPT = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];

  var TEXT = {
    zh: {
      open: '打开在线客服',
      launcher: '在线客服',
      title: '售后服务',
      close: '关闭客服窗口',
      placeholder: '请描述问题，如：空调显示E1',
      inputLabel: '输入消息',
      send: '发送',
      attach: '上传购买凭证照片',
      typing: '客服正在输入…',
      connecting: '正在连接…',
      online: '在线',
      offline: '连接已断开，正在重连…',
      you: '我',
      bot: '智能助手',
      agent: '人工客服',
      ticket: '工单',
      priority: '优先级',
      firstResponse: '最迟联系时间',
      resolution: '预计完成',
      surveyQuestion: '请为本次服务打分',
      star: /** @param {number} n */ function (n) {
        return n + ' 星';
      },
      surveyThanks: '感谢您的评价！',
      uploading: '正在上传…',
      uploaded: '已上传',
      image: '[图片]',
      retry: '重试',
      failed: '发送失败',
      expired: '会话已结束，发送新消息即可重新开始。',
      cancel: '取消',
      preview: '待上传的照片预览',
      // Errors the server answers with come from it (GET /api/web/error-texts); this one it cannot send.
      network: '网络连接失败，请检查网络后重试。',
      askStatus: /** @param {string} n */ function (n) {
        return '工单 ' + n + ' 现在什么进度？';
      },
    },
    en: {
      open: 'Open customer service chat',
      launcher: 'Chat with us',
      title: 'After-sales service',
      close: 'Close chat',
      placeholder: 'Describe the problem',
      inputLabel: 'Message',
      send: 'Send',
      attach: 'Upload a photo of your receipt',
      typing: 'Support is typing…',
      connecting: 'Connecting…',
      online: 'Online',
      offline: 'Connection lost, reconnecting…',
      you: 'You',
      bot: 'Assistant',
      agent: 'Agent',
      ticket: 'Ticket',
      priority: 'Priority',
      firstResponse: 'We contact you by',
      resolution: 'Expected resolution',
      surveyQuestion: 'How would you rate our service?',
      star: /** @param {number} n */ function (n) {
        return n + (n === 1 ? ' star' : ' stars');
      },
      surveyThanks: 'Thank you for your rating!',
      uploading: 'Uploading…',
      uploaded: 'Uploaded',
      image: '[photo]',
      retry: 'Retry',
      failed: 'Not sent',
      expired: 'This chat has ended; send a message to start a new one.',
      cancel: 'Cancel',
      preview: 'Preview of the photo to upload',
      network: 'Network problem; please check your connection and retry.',
      askStatus: /** @param {string} n */ function (n) {
        return 'What is the status of ticket ' + n + '?';
      },
    },
  };

  /** @returns {'zh' | 'en'} */
  function pickLang() {
    var wanted = script.getAttribute('data-lang') || document.documentElement.lang || navigator.language || 'zh';
    return /^zh/i.test(wanted) ? 'zh' : 'en';
  }
  var lang = pickLang();
  var t = TEXT[lang];

  // ---- small DOM helpers (text only: text only, never parsed as HTML) ----
  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {Record<string, string | undefined> | null} [attrs]
   * @param {(Node | null | undefined)[]} [children]
   * @returns {HTMLElementTagNameMap[K]}
   */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        var value = attrs[k];
        if (value === undefined) continue;
        if (k === 'text') node.textContent = value;
        else if (k === 'className') node.className = value;
        else node.setAttribute(k, value);
      }
    }
    (children || []).forEach(function (c) {
      if (c) node.appendChild(c);
    });
    return node;
  }
  /** A small line icon (emoji need a font the visitor's device may lack). */
  /** @param {string} d */
  function icon(d) {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'icon');
    var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
    return svg;
  }
  var CHAT_ICON = 'M4 4h16v11H8l-4 4z M8 9h8 M8 12h5';
  var CAMERA_ICON = 'M4 8h3l2-3h6l2 3h3v11H4z M12 10.5a3 3 0 1 0 0 6a3 3 0 1 0 0-6z';
  function newId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ('0' + b.toString(16)).slice(-2);
      })
      .join('');
  }
  /** @param {string} iso */
  function fmtTime(iso) {
    try {
      return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
    } catch (e) {
      return iso;
    }
  }

  // ---- build the UI ----
  var host = el('div', { id: 'aftersales-widget' });
  var root = host.attachShadow({ mode: 'open' });
  root.appendChild(el('link', { rel: 'stylesheet', href: BASE + '/widget/widget.css' }));

  var launcher = el('button', { type: 'button', className: 'launcher', 'aria-label': t.open, 'aria-expanded': 'false', 'aria-controls': 'asw-panel' }, [
    icon(CHAT_ICON),
    el('span', { className: 'launcher-text', text: t.launcher }),
  ]);
  var statusLine = el('span', { className: 'status', text: '' });
  var closeBtn = el('button', { type: 'button', className: 'close', 'aria-label': t.close, text: '×' });
  var ticketBox = el('div', { className: 'ticket', role: 'status', hidden: '' });
  var log = el('ol', { className: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.title, tabindex: '0' });
  var typing = el('div', { className: 'typing', hidden: '', 'aria-live': 'polite' }, [
    el('span', { className: 'dots', 'aria-hidden': 'true' }, [el('i'), el('i'), el('i')]),
    el('span', { text: t.typing }),
  ]);
  var quick = el('div', { className: 'quick', role: 'group', hidden: '' });
  var surveyTitle = el('p', { id: 'asw-survey-title', text: t.surveyQuestion });
  var stars = el('div', { className: 'stars' });
  var survey = el('div', { className: 'survey', role: 'group', 'aria-labelledby': 'asw-survey-title', hidden: '' }, [surveyTitle, stars]);
  for (var s = 1; s <= 5; s++) {
    (function (score) {
      var b = el('button', { type: 'button', className: 'star', 'data-score': String(score), 'aria-label': t.star(score), text: '★' });
      b.addEventListener('click', function () {
        answerSurvey(score);
      });
      b.addEventListener('mouseenter', function () {
        paintStars(score);
      });
      b.addEventListener('focus', function () {
        paintStars(score);
      });
      stars.appendChild(b);
    })(s);
  }
  stars.addEventListener('mouseleave', function () {
    paintStars(0);
  });
  var errorBox = el('div', { className: 'error', role: 'alert', hidden: '' });
  var input = el('textarea', { id: 'asw-input', rows: '1', placeholder: t.placeholder, 'aria-label': t.inputLabel, maxlength: '50000' });
  var fileInput = el('input', { type: 'file', accept: ACCEPT.join(','), hidden: '', 'aria-hidden': 'true', tabindex: '-1' });
  var attachBtn = el('button', { type: 'button', className: 'attach', 'aria-label': t.attach, title: t.attach }, [icon(CAMERA_ICON)]);
  var sendBtn = el('button', { type: 'submit', className: 'send', text: t.send });
  var form = el('form', { className: 'composer' }, [attachBtn, fileInput, input, sendBtn]);
  var panel = el('section', { id: 'asw-panel', className: 'panel', role: 'dialog', 'aria-labelledby': 'asw-title', hidden: '', lang: lang === 'zh' ? 'zh-CN' : 'en' }, [
    el('header', null, [el('div', null, [el('h2', { id: 'asw-title', text: script.getAttribute('data-title') || t.title }), statusLine]), closeBtn]),
    ticketBox,
    log,
    typing,
    quick,
    survey,
    errorBox,
    form,
  ]);
  root.appendChild(launcher);
  root.appendChild(panel);
  (document.body || document.documentElement).appendChild(host);

  // ---- state ----
  /** @type {string | null} */
  var token = null;
  try {
    token = sessionStorage.getItem(STORE_KEY);
  } catch (e) {
    token = null;
  }
  var lastId = 0;
  /** @type {Record<string, HTMLLIElement>} message id -> li */
  var shown = {};
  /** @type {Record<string, HTMLLIElement>} clientMessageId -> li (sent, not yet confirmed by the stream) */
  var pending = {};
  /** @type {Record<string, HTMLLIElement>} reply message id -> li being streamed */
  var streaming = {};
  var connected = false;
  /** @type {AbortController | null} */
  var streamAbort = null;
  var retryMs = 1000;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  var reconnectTimer;
  /** @type {Record<string, string>} the server's texts for its error codes, in this language */
  var errorTexts = {};
  fetch(API + '/error-texts')
    .then(function (res) {
      return res.ok ? res.json() : null;
    })
    .then(
      function (texts) {
        errorTexts = (texts && texts[lang]) || {};
      },
      function () {
        /* the server's own messages are shown instead */
      },
    );

  /** @param {string | null} value */
  function setToken(value) {
    token = value;
    try {
      value ? sessionStorage.setItem(STORE_KEY, value) : sessionStorage.removeItem(STORE_KEY);
    } catch (e) {
      /* private mode */
    }
  }

  /**
   * @param {string | undefined} code a code the server answered with
   * @param {string} [fallback] its own message
   */
  function showError(code, fallback) {
    errorBox.textContent = (code && errorTexts[code]) || fallback || t.network;
    errorBox.hidden = false;
  }
  /**
   * An error the widget finds itself, named by the server's code for it.
   * @param {WidgetErrorCode} code
   * @param {string} fallback shown until the server's texts have arrived
   */
  function showLocalError(code, fallback) {
    showError(code, fallback);
  }
  function clearError() {
    errorBox.hidden = true;
    errorBox.textContent = '';
  }
  /** @param {string} text */
  function setStatus(text) {
    statusLine.textContent = text;
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  /**
   * @param {'customer' | 'bot' | 'agent' | 'notice'} role
   * @param {string} text
   */
  function bubble(role, text) {
    var li = el('li', { className: 'msg ' + role }, [
      el('span', { className: 'who', text: role === 'customer' ? t.you : role === 'agent' ? t.agent : t.bot }),
      el('div', { className: 'bubble', text: text }),
    ]);
    log.appendChild(li);
    scrollDown();
    return li;
  }
  /** @param {HTMLElement} li */
  function bubbleOf(li) {
    return /** @type {HTMLElement} */ (li.querySelector('.bubble'));
  }

  /** @param {number} n */
  function paintStars(n) {
    Array.prototype.forEach.call(stars.children, function (b, i) {
      b.classList.toggle('lit', i < n);
    });
  }

  /** @param {TicketSummary | undefined} ticket */
  function showTicket(ticket) {
    if (!ticket) return;
    ticketBox.textContent = '';
    ticketBox.appendChild(el('strong', { className: 'ticket-number', text: t.ticket + ' ' + ticket.number }));
    ticketBox.appendChild(el('span', { className: 'ticket-priority', text: t.priority + ' ' + ticket.priority }));
    ticketBox.appendChild(el('span', { className: 'ticket-sla', text: t.firstResponse + ' ' + fmtTime(ticket.firstResponseDue) + ' · ' + t.resolution + ' ' + fmtTime(ticket.resolutionDue) }));
    ticketBox.hidden = false;
  }

  /** @param {string[] | undefined} replies */
  function showQuick(replies) {
    quick.textContent = '';
    quick.hidden = !replies || !replies.length;
    (replies || []).forEach(function (r) {
      var b = el('button', { type: 'button', className: 'chip', text: r });
      b.addEventListener('click', function () {
        sendText(r);
      });
      quick.appendChild(b);
    });
  }

  /**
   * One stored message from the stream or history: shown once, in id order.
   * @param {ChatMessage} m
   */
  function render(m) {
    if (m.id > lastId) lastId = m.id;
    if (shown[m.id]) return;
    var li;
    if (m.direction === 'in' && m.clientMessageId && pending[m.clientMessageId]) {
      li = pending[m.clientMessageId];
      delete pending[m.clientMessageId];
      li.classList.remove('sending', 'failed');
      var retry = li.querySelector('.retry');
      if (retry) retry.remove();
    } else if (streaming[m.id] || (m.draft && streaming['d:' + m.draft])) {
      // The bubble a reply was streamed into (a draft is keyed by the visitor's message id) gets the stored text.
      var key = streaming[m.id] ? m.id : 'd:' + m.draft;
      li = streaming[key];
      delete streaming[key];
      li.classList.remove('streaming');
      bubbleOf(li).textContent = m.text;
    } else {
      var text = m.text || (m.attachments && m.attachments.length ? t.image : '');
      li = bubble(m.role, text);
    }
    li.setAttribute('data-id', String(m.id));
    li.setAttribute('data-kind', m.kind);
    shown[m.id] = li;
    if (m.direction === 'out') {
      typing.hidden = true;
      showQuick(m.kind === 'survey' ? [] : m.quickReplies);
      if (m.ticket) showTicket(m.ticket);
      if (m.kind === 'survey') {
        survey.hidden = false;
        paintStars(0);
      }
    }
    scrollDown();
  }

  /**
   * The bubble of a reply being streamed: a stored reply's id, or 'd:' + the visitor's message id for a draft.
   * @param {string | number} key
   * @returns {HTMLLIElement}
   */
  function streamingBubble(key) {
    var li = streaming[key];
    if (!li) {
      li = bubble('bot', '');
      li.classList.add('streaming');
      streaming[key] = li;
    }
    typing.hidden = true;
    return li;
  }

  /** @param {ReplyDelta} d */
  function onDelta(d) {
    if (d.replyTo !== undefined && shown[d.replyTo]) return;
    var li = streamingBubble(d.draft ? 'd:' + d.draft : d.replyTo !== undefined ? d.replyTo : '');
    bubbleOf(li).textContent += d.text;
    scrollDown();
  }

  /**
   * What was streamed of a draft is taken back (empty text: the reply is still coming) or replaced by the stored reply.
   * @param {{ draft: string, text: string }} d
   */
  function onReplace(d) {
    var key = 'd:' + d.draft;
    if (!d.text) {
      if (streaming[key]) {
        streaming[key].remove();
        delete streaming[key];
      }
      typing.hidden = false;
      return;
    }
    var li = streamingBubble(key);
    bubbleOf(li).textContent = d.text;
    li.classList.add('replaced');
    scrollDown();
  }

  // ---- server calls ----
  /**
   * @param {string} path
   * @param {RequestInit & { headers?: Record<string, string> }} [init]
   * @returns {Promise<any>} the JSON body
   */
  function api(path, init) {
    init = init || {};
    /** @type {Record<string, string>} */
    var headers = init.headers || {};
    if (token) headers.Authorization = 'Bearer ' + token;
    init.headers = headers;
    return fetch(API + path, init).then(function (res) {
      if (res.status === 401) setToken(null);
      return res
        .json()
        .catch(function () {
          return {};
        })
        .then(function (body) {
          if (!res.ok) {
            var err = /** @type {ApiError} */ (new Error((body.error && body.error.message) || 'HTTP ' + res.status));
            err.code = body.error && body.error.code;
            err.status = res.status;
            throw err;
          }
          return body;
        });
    });
  }

  function ensureSession() {
    if (token) return Promise.resolve(token);
    return api('/sessions', { method: 'POST' }).then(function (body) {
      setToken(body.token);
      lastId = 0;
      connect();
      return token;
    });
  }

  /** Reads the event stream with fetch (so the token travels in a header, not the URL). */
  function connect() {
    if (!token || streamAbort) return;
    clearTimeout(reconnectTimer);
    var controller = new AbortController();
    streamAbort = controller;
    setStatus(t.connecting);
    fetch(API + '/events', { headers: { Authorization: 'Bearer ' + token, 'Last-Event-ID': String(lastId), Accept: 'text/event-stream' }, signal: controller.signal })
      .then(function (res) {
        if (res.status === 401) {
          setToken(null);
          throw Object.assign(new Error('session'), { final: true });
        }
        if (!res.ok || !res.body) throw new Error('HTTP ' + res.status);
        var reader = res.body.getReader();
        var decoder = new TextDecoder();
        var buffer = '';
        /** @returns {Promise<void>} */
        function pump() {
          return reader.read().then(function (chunk) {
            if (chunk.done) throw new Error('stream closed');
            buffer += decoder.decode(chunk.value, { stream: true });
            var at;
            while ((at = buffer.indexOf('\n\n')) >= 0) {
              dispatch(buffer.slice(0, at));
              buffer = buffer.slice(at + 2);
            }
            return pump();
          });
        }
        return pump();
      })
      .catch(function (error) {
        streamAbort = null;
        connected = false;
        // Partly streamed replies are replayed whole after reconnecting.
        Object.keys(streaming).forEach(function (id) {
          streaming[id].remove();
          delete streaming[id];
        });
        if (controller.signal.aborted) return;
        if (error && error.final) {
          setStatus('');
          return;
        }
        setStatus(t.offline);
        var wait = retryMs + Math.random() * retryMs;
        retryMs = Math.min(retryMs * 2, 15000);
        reconnectTimer = setTimeout(connect, wait);
      });
  }

  /** @param {string} block */
  function dispatch(block) {
    var event = 'message';
    var data = '';
    block.split('\n').forEach(function (line) {
      if (line.indexOf('event:') === 0) event = line.slice(6).trim();
      else if (line.indexOf('data:') === 0) data += line.slice(5).trim();
    });
    if (!data) return;
    var payload;
    try {
      payload = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (event === 'ready') {
      connected = true;
      retryMs = 1000;
      setStatus(t.online);
    } else if (event === 'typing') {
      typing.hidden = false;
      scrollDown();
    } else if (event === 'delta') onDelta(payload);
    else if (event === 'replace') onReplace(payload);
    else if (event === 'message') render(payload);
    else if (event === 'end') {
      if (payload.reason === 'expired') {
        setToken(null);
        var who = bubble('notice', t.expired).querySelector('.who');
        if (who) who.remove();
        if (streamAbort) streamAbort.abort();
        streamAbort = null;
        setStatus('');
      }
    }
  }

  /** When the stream is down, what a reply said is fetched from history instead. */
  function catchUp() {
    if (connected || !token) return Promise.resolve();
    return api('/history?after=' + lastId).then(
      function (body) {
        body.messages.forEach(render);
      },
      function () {
        /* next reconnect replays */
      },
    );
  }

  /**
   * @param {HTMLLIElement} li
   * @param {string} clientMessageId
   * @param {string} text
   */
  function postMessage(li, clientMessageId, text) {
    li.classList.add('sending');
    li.classList.remove('failed');
    typing.hidden = false;
    return ensureSession()
      .then(function () {
        return api('/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ clientMessageId: clientMessageId, text: text }) });
      })
      .then(function (body) {
        li.classList.remove('sending');
        if (body.ticket) showTicket(body.ticket);
        // Nothing to say back (a person has the chat): nobody is typing, so the widget does not claim it.
        if (!body.replies || !body.replies.length) typing.hidden = true;
        return catchUp();
      })
      .catch(function (error) {
        typing.hidden = true;
        li.classList.remove('sending');
        li.classList.add('failed');
        // Nothing typed is lost: the message stays with a retry button (same id: never sent twice).
        if (!li.querySelector('.retry')) {
          var retry = el('button', { type: 'button', className: 'retry', text: t.failed + ' · ' + t.retry });
          retry.addEventListener('click', function () {
            clearError();
            postMessage(li, clientMessageId, text);
          });
          li.appendChild(retry);
        }
        showError(error.code, error.message);
      });
  }

  /** @param {string} text */
  function sendText(text) {
    text = (text || '').trim();
    if (!text) return;
    clearError();
    showQuick([]);
    var clientMessageId = newId();
    var li = bubble('customer', text);
    pending[clientMessageId] = li;
    postMessage(li, clientMessageId, text);
  }

  /** @param {number} score */
  function answerSurvey(score) {
    clearError();
    api('/survey', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ clientMessageId: newId(), score: score }) })
      .then(function () {
        survey.hidden = true;
        return catchUp();
      })
      .catch(function (error) {
        showError(error.code, error.message);
      });
  }

  /** @param {File} file */
  function upload(file) {
    clearError();
    if (ACCEPT.indexOf(file.type) < 0 && file.type) {
      showLocalError('unsupported_image_type', t.failed);
      return;
    }
    var clientMessageId = newId();
    var url = URL.createObjectURL(file);
    // The photo shows at once as the visitor's own message, with the upload's progress under it.
    var li = bubble('customer', '');
    li.classList.add('sending');
    var progress = el('progress', { className: 'upload-progress', max: '100', value: '0', 'aria-label': t.uploading });
    bubbleOf(li).appendChild(el('img', { className: 'thumb', src: url, alt: t.preview }));
    bubbleOf(li).appendChild(progress);
    pending[clientMessageId] = li;
    /**
     * @param {string | undefined} code
     * @param {string} [message]
     */
    function fail(code, message) {
      delete pending[clientMessageId];
      li.classList.remove('sending');
      li.classList.add('failed');
      progress.remove();
      typing.hidden = true;
      showError(code, message);
    }
    ensureSession().then(
      function () {
        var xhr = new XMLHttpRequest();
        xhr.open('POST', API + '/uploads?clientMessageId=' + clientMessageId);
        xhr.setRequestHeader('Authorization', 'Bearer ' + token);
        xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
        xhr.upload.onprogress = function (e) {
          if (e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100);
        };
        xhr.upload.onload = function () {
          progress.value = 100;
          typing.hidden = false;
        };
        xhr.onload = function () {
          /** @type {any} */
          var body;
          try {
            body = JSON.parse(xhr.responseText);
          } catch (e) {
            body = {};
          }
          if (xhr.status >= 200 && xhr.status < 300) {
            progress.value = 100;
            li.classList.remove('sending');
            li.classList.add('uploaded');
            if (body.ticket) showTicket(body.ticket);
            catchUp();
          } else {
            if (xhr.status === 401) setToken(null);
            fail(body.error && body.error.code, body.error && body.error.message);
          }
        };
        xhr.onerror = function () {
          fail('network');
        };
        xhr.send(file);
      },
      function (error) {
        fail(error.code, error.message);
      },
    );
  }

  // ---- events ----
  function openPanel() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    host.classList.add('open');
    if (token) connect();
    input.focus();
  }
  function closePanel() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    host.classList.remove('open');
    launcher.focus();
  }
  launcher.addEventListener('click', function () {
    panel.hidden ? openPanel() : closePanel();
  });
  closeBtn.addEventListener('click', closePanel);
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') closePanel();
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value;
    if (text.length > 50000) {
      showLocalError('message_too_long', t.failed);
      return;
    }
    input.value = '';
    sendText(text);
    input.focus();
  });
  input.addEventListener('keydown', function (e) {
    // Enter sends, Shift+Enter is a new line; never while an IME is composing Chinese.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      form.requestSubmit ? form.requestSubmit() : sendBtn.click();
    }
  });
  attachBtn.addEventListener('click', function () {
    fileInput.click();
  });
  fileInput.addEventListener('change', function () {
    if (fileInput.files && fileInput.files[0]) upload(fileInput.files[0]);
    fileInput.value = '';
  });
  window.addEventListener('online', function () {
    if (token && !streamAbort) {
      retryMs = 1000;
      connect();
    }
  });

  // ---- a ticket's secret link (…/?ticket=AS-…#key=…, texted when the ticket was filed) ----
  function openTicketLink() {
    var key = /(?:^#|&)key=([A-Za-z0-9_-]{16,64})/.exec(location.hash || '');
    var number = /(?:^\?|&)ticket=([A-Za-z0-9-]{10,40})/.exec(location.search || '');
    if (!key || !number) return;
    var ticketNumber = decodeURIComponent(number[1] || '');
    var ticketKey = key[1];
    // The key leaves the address bar at once (history, bookmarks, screenshots).
    try {
      history.replaceState(null, '', location.pathname + location.search);
    } catch (e) {
      /* sandboxed frame */
    }
    openPanel();
    ensureSession()
      .then(function () {
        return api('/ticket-links', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ticketNumber: ticketNumber, key: ticketKey }) });
      })
      .then(function (body) {
        showTicket(body.ticket);
        sendText(t.askStatus(body.ticket.number));
      })
      .catch(function (error) {
        showError(error.code, error.message);
      });
  }

  // A visitor who reloads the page keeps their conversation (same tab, same session).
  if (token) connect();
  openTicketLink();
})();
