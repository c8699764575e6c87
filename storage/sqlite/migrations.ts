/**
 * Versioned schema migrations, applied in order at start-up, each in its own transaction.
 * Never edit a released migration: add the next version instead.
 */
import type { SqliteDatabase } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'desk: customers, conversations, messages, tickets, events, outbox, csat',
    sql: `
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  display_name TEXT,
  phone TEXT UNIQUE,
  merged_into INTEGER REFERENCES customers(id),
  created_at TEXT NOT NULL
);
-- One person may reach us on WeChat, the web and the phone: each identity points at one customer.
CREATE TABLE customer_identities (
  channel TEXT NOT NULL,
  external_id TEXT NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  linked_at TEXT NOT NULL,
  linked_by TEXT NOT NULL,
  PRIMARY KEY (channel, external_id)
);
CREATE INDEX customer_identities_customer ON customer_identities(customer_id);

CREATE TABLE conversations (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  channel TEXT NOT NULL,
  customer_ref TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT '{}',
  started_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT
);
CREATE INDEX conversations_customer ON conversations(customer_id, channel, updated_at);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  conversation_id INTEGER NOT NULL REFERENCES conversations(id),
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  author TEXT NOT NULL,
  channel TEXT NOT NULL,
  channel_message_id TEXT,
  text TEXT NOT NULL,
  attachments TEXT NOT NULL DEFAULT '[]',
  meta TEXT NOT NULL DEFAULT '{}',
  -- For a reply: the inbound message it answers (a redelivery of that message is not answered again).
  reply_to INTEGER REFERENCES messages(id),
  at TEXT NOT NULL
);
CREATE INDEX messages_reply_to ON messages(reply_to) WHERE reply_to IS NOT NULL;
-- Channels redeliver (puppet restarts, webhook retries): an inbound message is stored once.
CREATE UNIQUE INDEX messages_inbound_once ON messages(channel, channel_message_id)
  WHERE direction = 'in' AND channel_message_id IS NOT NULL;
CREATE INDEX messages_conversation ON messages(conversation_id, id);

CREATE TABLE ticket_counters (
  day TEXT PRIMARY KEY,
  last INTEGER NOT NULL
);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  conversation_id INTEGER REFERENCES conversations(id),
  channel TEXT NOT NULL,
  type TEXT NOT NULL,
  priority TEXT NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  status TEXT NOT NULL CHECK (status IN ('new', 'open', 'in_progress', 'waiting_customer', 'resolved', 'closed')),
  category TEXT,
  brand TEXT,
  model TEXT,
  serial TEXT,
  error_code TEXT,
  symptom TEXT NOT NULL,
  purchase_date TEXT,
  warranty_status TEXT NOT NULL,
  sentiment REAL,
  intent TEXT,
  contact_phone TEXT,
  address TEXT,
  assignee TEXT,
  first_response_due TEXT NOT NULL,
  resolution_due TEXT NOT NULL,
  next_update_due TEXT,
  first_responded_at TEXT,
  resolved_at TEXT,
  closed_at TEXT,
  idempotency_key TEXT,
  content_hash TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX tickets_idempotency ON tickets(idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX tickets_status_due ON tickets(status, resolution_due);
CREATE INDEX tickets_customer ON tickets(customer_id, status);

CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id);
-- The audit trail is append-only.
-- Filing a ticket bumps the day's counter and writes its audit event and outbox item inside the
-- same statement: the guarantee holds for any writer, and a create costs one round trip to
-- SQLite instead of four (measured in bench/tickets.bench.ts).
CREATE TRIGGER tickets_created AFTER INSERT ON tickets BEGIN
  INSERT INTO ticket_counters (day, last) VALUES (substr(NEW.number, 4, 8), 1)
    ON CONFLICT (day) DO UPDATE SET last = last + 1;
  INSERT INTO ticket_events (ticket_id, at, actor, kind, detail)
    VALUES (NEW.id, NEW.created_at, NEW.created_by, 'created',
            json_object('number', NEW.number, 'priority', NEW.priority, 'type', NEW.type));
  INSERT INTO outbox (destination, kind, payload, dedup_key, next_attempt_at, created_at)
    VALUES ('desk', 'ticket.created', json_object('ticketId', NEW.id, 'number', NEW.number, 'priority', NEW.priority),
            'ticket.created:' || NEW.number, NEW.created_at, NEW.created_at);
END;
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
  BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
  BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;

-- Deliveries to other systems (Slack, WeChat, webhooks), written in the same transaction as the
-- change that causes them and sent by a relay afterwards.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  destination TEXT NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  dedup_key TEXT UNIQUE,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  external_ref TEXT,
  created_at TEXT NOT NULL,
  delivered_at TEXT
);
CREATE INDEX outbox_due ON outbox(status, destination, next_attempt_at);

CREATE TABLE csat (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment TEXT,
  channel TEXT,
  at TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'agent desk: handoff threads, desk events handled once, desk posts',
    sql: `
-- Where each handoff was announced to the human agents: Slack's channel and message ts, which is
-- also the thread that agent replies and relayed customer messages go to. A conversation handed
-- off twice has two threads; the latest is the live one.
CREATE TABLE handoff_threads (
  id INTEGER PRIMARY KEY,
  conversation_id INTEGER NOT NULL REFERENCES conversations(id),
  ticket_number TEXT,
  desk TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  thread_ts TEXT NOT NULL,
  -- What was announced (already redacted), so the post can be redrawn when its state changes.
  announcement TEXT NOT NULL DEFAULT '{}',
  posted_at TEXT NOT NULL,
  UNIQUE (desk, channel_id, thread_ts)
);
CREATE INDEX handoff_threads_conversation ON handoff_threads(conversation_id, id);

-- Events from the desk handled once: Slack retries an event with the same id when it did not
-- see a 2xx in time. The id is written in the transaction of the event's effect.
CREATE TABLE desk_events (
  desk TEXT NOT NULL,
  event_id TEXT NOT NULL,
  handled_at TEXT NOT NULL,
  PRIMARY KEY (desk, event_id)
);
CREATE INDEX desk_events_age ON desk_events(handled_at);

-- A post to the desk for one outbox item: started (it may have reached Slack) and, once Slack
-- answered, its ts. A resend after a crash finds the ts here instead of posting twice.
CREATE TABLE desk_posts (
  outbox_id INTEGER PRIMARY KEY REFERENCES outbox(id),
  started_at TEXT NOT NULL,
  channel_id TEXT,
  ts TEXT,
  posted_at TEXT
);

-- The handoff sweep looks for conversations still with the desk, and when each asked for a person.
CREATE INDEX conversations_desk_mode ON conversations(json_extract(state, '$.mode'));
CREATE INDEX outbox_handoff_requests ON outbox(json_extract(payload, '$.conversationId')) WHERE kind = 'handoff.requested';
`,
  },
  {
    version: 3,
    name: 'voice: calls filed from phone transcripts',
    sql: `
-- One row per call filed: posting the same call again finds it here and changes nothing.
CREATE TABLE calls (
  call_id TEXT PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  ticket_id INTEGER REFERENCES tickets(id),
  ticket_action TEXT CHECK (ticket_action IN ('created', 'updated')),
  content_hash TEXT NOT NULL,
  started_at TEXT NOT NULL,
  caller_number TEXT,
  priority TEXT CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  analysis TEXT NOT NULL,
  transcript TEXT NOT NULL,
  filed_at TEXT NOT NULL
);
CREATE INDEX calls_customer ON calls(customer_id, started_at);
CREATE INDEX calls_ticket ON calls(ticket_id, started_at);
`,
  },
  {
    version: 4,
    name: 'web chat: sessions found again from their conversations after a restart',
    // Not on updated_at: every turn updates that column, and this index should cost turns nothing.
    sql: `CREATE INDEX conversations_ref ON conversations(channel, customer_ref);`,
  },
  {
    version: 5,
    name: 'customers: whether their phone number is proven',
    // Numbers stored before this could have been typed by anyone, so none starts out proven.
    sql: `ALTER TABLE customers ADD COLUMN phone_verified INTEGER NOT NULL DEFAULT 0;`,
  },
  {
    version: 6,
    name: 'agent desk: accounts, sessions, failed logins',
    sql: `
-- The people who work the built-in desk at /desk. Names are unique without regard to case.
CREATE TABLE agents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('agent', 'manager')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled_at TEXT
);
-- Logins: only a hash of the session token is kept, so this table cannot be used to log in.
CREATE TABLE agent_sessions (
  token_hash TEXT PRIMARY KEY,
  agent_id INTEGER NOT NULL REFERENCES agents(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX agent_sessions_agent ON agent_sessions(agent_id);
-- Failed logins per client address, for the login rate limit (survives a restart).
CREATE TABLE desk_login_failures (
  key TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX desk_login_failures_key ON desk_login_failures(key, at);
`,
  },
  {
    version: 7,
    name: 'security: ticket grants, secret links, one-time codes, attempts counted per attacker, web sessions by token hash',
    sql: `
-- A channel identity that proved it holds one ticket (a one-time code to the phone on file, or
-- the ticket's secret link). It sees and acts on that ticket only; customer records never merge.
CREATE TABLE ticket_grants (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  channel TEXT NOT NULL,
  external_id TEXT NOT NULL,
  via TEXT NOT NULL CHECK (via IN ('code', 'link', 'agent')),
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (channel, external_id, ticket_id)
);
CREATE INDEX ticket_grants_ticket ON ticket_grants(ticket_id);

-- The secret of each ticket's link, hashed: a copy of the database opens no ticket.
CREATE TABLE ticket_links (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
  key_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- The live one-time code of a ticket (salted hash): sent to the phone on file, valid for whoever
-- reads it back, replaced by the next one sent. Never a count of wrong guesses per ticket, which
-- would let anyone lock the owner out.
CREATE TABLE ticket_challenges (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
  salt TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Attempts counted per attacker (session, IP) over a window, so a restart forgets no limit.
CREATE TABLE attempts (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX attempts_count ON attempts(kind, key, at);
CREATE INDEX attempts_age ON attempts(at);

-- Web chat sessions that have spoken, by the SHA-256 of their bearer token (the token itself is
-- never stored) and the random customer reference their conversations are filed under.
CREATE TABLE web_sessions (
  token_hash TEXT PRIMARY KEY,
  customer_ref TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_active_at TEXT NOT NULL
);
CREATE INDEX web_sessions_active ON web_sessions(last_active_at);

-- Web conversations used to be filed under the session token itself: replace every stored token
-- with a random reference (those sessions cannot be taken back; their history is kept).
CREATE TABLE legacy_web_refs (old TEXT PRIMARY KEY, new TEXT NOT NULL);
INSERT INTO legacy_web_refs (old, new)
  SELECT old, 'legacy-' || lower(hex(randomblob(16))) FROM (
    SELECT customer_ref AS old FROM conversations WHERE channel = 'web'
    UNION SELECT external_id FROM customer_identities WHERE channel = 'web'
  );
UPDATE conversations SET customer_ref = (SELECT new FROM legacy_web_refs WHERE old = customer_ref) WHERE channel = 'web';
UPDATE customer_identities SET external_id = (SELECT new FROM legacy_web_refs WHERE old = external_id) WHERE channel = 'web';
UPDATE outbox SET payload = json_set(payload, '$.customerRef', (SELECT new FROM legacy_web_refs WHERE old = json_extract(payload, '$.customerRef')))
  WHERE destination = 'customer:web' AND json_extract(payload, '$.customerRef') IN (SELECT old FROM legacy_web_refs);
DROP TABLE legacy_web_refs;
`,
  },
  {
    version: 8,
    name: 'reports: questions the knowledge base had no good case for; indexes for reports by period',
    sql: `
-- A customer turn whose knowledge searches found no case good enough to answer from, so someone
-- can write the missing case. The wording is the redacted text the bot searched with (personal
-- data already replaced by placeholders); what the bot understood of the product is kept beside it.
CREATE TABLE knowledge_misses (
  id INTEGER PRIMARY KEY,
  conversation_id INTEGER NOT NULL REFERENCES conversations(id),
  message_id INTEGER REFERENCES messages(id),
  at TEXT NOT NULL,
  language TEXT NOT NULL,
  intent TEXT,
  category TEXT,
  brand TEXT,
  model TEXT,
  error_code TEXT,
  wording TEXT NOT NULL,
  best_score REAL
);
CREATE INDEX knowledge_misses_at ON knowledge_misses(at);
-- The manager's report reads by period.
CREATE INDEX conversations_started ON conversations(started_at);
CREATE INDEX tickets_created ON tickets(created_at);
CREATE INDEX csat_at ON csat(at);
`,
  },
  {
    version: 9,
    name: 'outbox: first-in-first-out per customer (lane), deliveries parked until the customer writes again',
    sql: `
-- One customer's delivery waiting out a retry, or refused by the platform until the customer
-- writes again (WeChat's 48-hour and 5-messages rules), must not hold other customers' replies.
-- Items of one destination and lane keep their order; a NULL lane is the whole destination.
ALTER TABLE outbox ADD COLUMN lane TEXT;
-- 'customer': parked (status dead) until the customer writes again, then sent again in order.
ALTER TABLE outbox ADD COLUMN waits_for TEXT;
UPDATE outbox SET lane = json_extract(payload, '$.customerRef')
  WHERE destination LIKE 'customer:%' AND status <> 'delivered' AND json_valid(payload);
CREATE INDEX outbox_lane ON outbox(destination, lane, status, next_attempt_at);
`,
  },
  {
    version: 10,
    name: "wecom: kf/sync_msg cursors and each customer's send window",
    sql: `
-- Where each 微信客服 account's message pull stopped: saved after the messages before it were handled,
-- so a restart neither skips nor repeats a message.
CREATE TABLE wecom_sync (
  open_kfid TEXT PRIMARY KEY,
  cursor TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Each customer's send window: WeCom allows at most five messages within 48 hours of their last message.
CREATE TABLE wecom_customers (
  external_userid TEXT PRIMARY KEY,
  open_kfid TEXT NOT NULL,
  last_inbound_at TEXT NOT NULL,
  sent_since INTEGER NOT NULL DEFAULT 0
);
`,
  },
  {
    version: 11,
    name: 'outbox: deliveries an operator gave up on stay, marked dropped',
    sql: `
-- \`aftersales outbox drop\` keeps the row, so whether a customer got a message is never a guess.
ALTER TABLE outbox ADD COLUMN dropped_at TEXT;
`,
  },
  {
    version: 12,
    name: "outbox: no more items for the 'desk' destination, which nothing reads",
    sql: `
-- Every filed ticket and status change queued an item for 'desk', and no relay ever read it: the
-- pending count only grew. The desks that exist learn of tickets through handoffs and the ticket
-- store itself. The trigger keeps the counter and the audit event, in the same statement as before.
DROP TRIGGER tickets_created;
CREATE TRIGGER tickets_created AFTER INSERT ON tickets BEGIN
  INSERT INTO ticket_counters (day, last) VALUES (substr(NEW.number, 4, 8), 1)
    ON CONFLICT (day) DO UPDATE SET last = last + 1;
  INSERT INTO ticket_events (ticket_id, at, actor, kind, detail)
    VALUES (NEW.id, NEW.created_at, NEW.created_by, 'created',
            json_object('number', NEW.number, 'priority', NEW.priority, 'type', NEW.type));
END;
DELETE FROM outbox WHERE destination = 'desk';
`,
  },
  {
    version: 13,
    name: "tickets: the store writes the day's count and the filing event, decided in tickets/filing.ts",
    sql: `
-- The ticket rules live in TypeScript (tickets/) so every store, SQLite or PostgreSQL, applies the
-- same ones: the store now writes the day's count and the 'created' audit event itself, in the same
-- transaction as the row. The trigger would write them a second time.
DROP TRIGGER IF EXISTS tickets_created;
`,
  },
  {
    version: 14,
    name: 'outbox: the parts of a delivery already sent, so a retry sends only the rest',
    sql: `
-- A message with a text and photos goes out as several platform messages. When one fails and the
-- item is retried, the parts that went are skipped (a JSON array of part names, e.g. ["text:0"]).
ALTER TABLE outbox ADD COLUMN sent_parts TEXT;
`,
  },
  {
    version: 15,
    name: "tickets: found by the contact phone, for a customer who lost the ticket's number",
    sql: `
-- "I lost the ticket number, the phone on it is 139…": the open tickets of one phone, after the
-- customer proves the phone with a code. Most tickets of other kinds have no phone: left out.
CREATE INDEX tickets_contact_phone ON tickets(contact_phone, created_at) WHERE contact_phone IS NOT NULL;
`,
  },
  {
    version: 16,
    name: 'tickets: no day counter; nothing read it, and filing paid a statement for it',
    sql: `
-- Every ticket bumped ticket_counters for its day, in the filing transaction, and nothing read it:
-- the manager's report counts tickets by created_at, and numbers are random (tickets/ticket-number.ts).
-- The day a ticket was filed is in its number and its created_at.
DROP TABLE ticket_counters;
`,
  },
];

export interface MigrationReport {
  applied: { version: number; name: string }[];
  current: number;
}

export async function migrate(db: SqliteDatabase, now: () => Date = () => new Date()): Promise<MigrationReport> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied: MigrationReport['applied'] = [];
  for (const migration of MIGRATIONS) {
    await db.transaction(async () => {
      // Checked inside the write lock so two processes starting at once apply each version once.
      const done = await db.get('SELECT 1 AS done FROM schema_migrations WHERE version = ?', [migration.version]);
      if (done) return;
      await db.exec(migration.sql);
      await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now().toISOString()]);
      applied.push({ version: migration.version, name: migration.name });
    });
  }
  const row = await db.get<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return { applied, current: row?.v ?? 0 };
}
