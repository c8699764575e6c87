/**
 * The Slack app manifests in deploy/slack: each grants the scope of every Web API method the desk
 * calls (read from channels/slack/slack-api.ts itself, so a new call without its scope fails here),
 * private channels included, and points events and clicks where the server listens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { SLACK_EVENTS_PATH } from '../../channels/slack/slack-bolt-app';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Slack's documented bot scope for each method (public channel, private channel). */
const SCOPES: Record<string, string[]> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'conversations.history': ['channels:history', 'groups:history'],
  'conversations.replies': ['channels:history', 'groups:history'],
  'files.uploadV2': ['files:write'],
};

const manifestSchema = z.object({
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.string().optional(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string().optional() }),
    socket_mode_enabled: z.boolean(),
  }),
});

const called = [...fs.readFileSync(path.join(ROOT, 'channels/slack/slack-api.ts'), 'utf8').matchAll(/this\.call\('([\w.]+)'/g)].map((m) => m[1]!);
const read = (name: string) => manifestSchema.parse(parse(fs.readFileSync(path.join(ROOT, 'deploy/slack', name), 'utf8')));

describe('Slack app manifests', () => {
  it('knows the scope of every method the desk calls', () => {
    expect(called.length).toBeGreaterThan(3);
    for (const method of called) expect(SCOPES, method).toHaveProperty([method]);
  });

  for (const [file, socket] of [
    ['manifest-http.yaml', false],
    ['manifest-socket-mode.yaml', true],
  ] as const) {
    it(`${file}: every scope needed, private channels too, and the right transport`, () => {
      const m = read(file);
      const scopes = new Set(m.oauth_config.scopes.bot);
      for (const method of called) for (const scope of SCOPES[method]!) expect(scopes, `${method} needs ${scope}`).toContain(scope);
      expect(m.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['message.channels', 'message.groups']));
      expect(m.settings.interactivity.is_enabled).toBe(true);
      expect(m.settings.socket_mode_enabled).toBe(socket);
      if (!socket) {
        expect(new URL(m.settings.event_subscriptions.request_url!).pathname).toBe(SLACK_EVENTS_PATH);
        expect(new URL(m.settings.interactivity.request_url!).pathname).toBe(SLACK_EVENTS_PATH);
      }
    });
  }
});
