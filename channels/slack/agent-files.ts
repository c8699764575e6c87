/**
 * Pictures an agent drops into a handoff's thread, fetched for the customer: each file's
 * `url_private_download` with the bot token (Slack's private file URLs need it, and the
 * `files:read` scope), within the same size and type limits as customers' photos
 * (channels/upload-store.ts). What cannot go is listed with the reason, for the agent.
 */
import fs from 'node:fs/promises';
import { z } from 'zod';
import type { Attachment } from '../../bot/messages';
import type { NotSentReason } from '../../bot/outbound-image';
import { isAppError } from '../../kernel/errors';
import { saveImage } from '../upload-store';

/** A file as a Slack message event lists it (the fields we read). */
export const slackFileSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  mimetype: z.string().optional(),
  size: z.number().optional(),
  url_private_download: z.string().optional(),
  url_private: z.string().optional(),
});
export type SlackFile = z.infer<typeof slackFileSchema>;

/** Where Slack serves private files (`url_private_download`). */
export const SLACK_FILES_ORIGIN = 'https://files.slack.com';

export interface AgentFilesOptions {
  token: string;
  uploadsDir: string;
  maxBytes: number;
  /** Origins the bot token may be sent to: Slack's file host (and a local fake in tests), never another. */
  fileOrigins: string[];
  timeoutMs?: number;
}

export interface FetchedFiles {
  images: Attachment[];
  refused: { name: string; reason: NotSentReason }[];
}

const NOT_A_PICTURE: NotSentReason = { zh: '不是图片，只能发送图片（JPG、PNG 等）', en: 'not a picture; only pictures (JPG, PNG...) can be sent' };
const UNREACHABLE: NotSentReason = { zh: '无法从 Slack 下载该文件，请稍后重发', en: 'it could not be downloaded from Slack; please send it again later' };

export class AgentFiles {
  constructor(private readonly options: AgentFilesOptions) {}

  async fetch(files: SlackFile[]): Promise<FetchedFiles> {
    const out: FetchedFiles = { images: [], refused: [] };
    for (const file of files) {
      const name = (file.name ?? file.id).slice(0, 255);
      const refuse = (reason: NotSentReason) => out.refused.push({ name, reason });
      // Slack says the type; the bytes are checked again below (a renamed PDF is not a picture).
      if (file.mimetype && !file.mimetype.startsWith('image/')) {
        refuse(NOT_A_PICTURE);
        continue;
      }
      if (file.size !== undefined && file.size > this.options.maxBytes) {
        refuse(tooLarge(this.options.maxBytes));
        continue;
      }
      const bytes = await this.download(file.url_private_download ?? file.url_private);
      if (bytes === 'too_large') refuse(tooLarge(this.options.maxBytes));
      else if (!bytes) refuse(UNREACHABLE);
      else {
        try {
          const saved = await saveImage(bytes, { dir: this.options.uploadsDir, maxBytes: this.options.maxBytes, prefix: 'slack-agent' });
          out.images.push({ kind: 'image', ref: saved.path, mimeType: saved.mimeType, bytes: saved.bytes, name });
        } catch (error) {
          if (!isAppError(error) || error.kind !== 'validation') throw error;
          refuse(error.code === 'image_too_large' ? tooLarge(this.options.maxBytes) : NOT_A_PICTURE);
        }
      }
    }
    return out;
  }

  /** Copies fetched for an event that turned out to be a repeat are removed again. */
  async discard(images: Attachment[]): Promise<void> {
    await Promise.all(images.map((i) => fs.rm(i.ref, { force: true })));
  }

  private async download(url: string | undefined): Promise<Buffer | 'too_large' | undefined> {
    if (!url || !this.options.fileOrigins.includes(originOf(url))) return undefined;
    try {
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${this.options.token}` },
        // A redirect could lead elsewhere with our token: Slack answers file downloads directly.
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000),
      });
      if (!response.ok || !response.body) return undefined;
      if (Number(response.headers.get('content-length') ?? 0) > this.options.maxBytes) {
        await response.body.cancel();
        return 'too_large';
      }
      const chunks: Uint8Array[] = [];
      let total = 0;
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > this.options.maxBytes) {
          await reader.cancel();
          return 'too_large';
        }
        chunks.push(value);
      }
      return Buffer.concat(chunks);
    } catch {
      return undefined;
    }
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

function tooLarge(maxBytes: number): NotSentReason {
  const mb = (maxBytes / 1024 / 1024).toFixed(1);
  return { zh: `文件太大（上限 ${mb} MB）`, en: `too large (limit ${mb} MB)` };
}
