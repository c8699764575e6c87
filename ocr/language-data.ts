/**
 * Puts the offline OCR language data in one folder, as tesseract.js wants it.
 *
 * tesseract.js reads `${langPath}/${lang}.traineddata.gz` for every language from ONE folder,
 * while the npm packages ship each language in its own package. Passing data objects instead
 * is broken in v7, and a missing file makes createWorker crash or hang, so this module copies
 * the two `4.0.0_best_int` files (LSTM only, small) into one folder and checks them before any
 * worker starts. A local folder path (never a URL) also guarantees tesseract.js takes its
 * file-reading branch, so no download is ever attempted.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../kernel/errors';

/** English first: with best_int data, ['chi_sim', 'eng'] silently drops English. */
export const OCR_LANGUAGES = ['eng', 'chi_sim'] as const;
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

const require = createRequire(import.meta.url);

/** Where the npm package for a language keeps its LSTM-only file. */
export function packagedLanguageFile(lang: OcrLanguage): string {
  const pkg = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  return path.join(pkg, '4.0.0_best_int', `${lang}.traineddata.gz`);
}

function isUsableGzip(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size < 100_000) return false;
    const head = Buffer.alloc(2);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, 2, 0);
    } finally {
      fs.closeSync(fd);
    }
    return head[0] === 0x1f && head[1] === 0x8b;
  } catch {
    return false;
  }
}

/**
 * Makes sure `folder` holds both languages' files, copying them from the npm packages when
 * missing or damaged, and returns the folder. Throws `ocr_language_data_missing` (internal:
 * the installation is broken) when a package file itself is absent.
 */
export function prepareLanguageFolder(folder: string): string {
  fs.mkdirSync(folder, { recursive: true });
  for (const lang of OCR_LANGUAGES) {
    const target = path.join(folder, `${lang}.traineddata.gz`);
    if (isUsableGzip(target)) continue;
    const source = packagedLanguageFile(lang);
    if (!isUsableGzip(source)) {
      throw new AppError('internal', 'ocr_language_data_missing', `OCR language data for ${lang} is missing or damaged at ${source}; reinstall @tesseract.js-data/${lang}`);
    }
    // Copy to a temporary name and rename, so a crash mid-copy never leaves a half file that
    // a later start would take for good data.
    const partial = `${target}.${process.pid}.partial`;
    fs.copyFileSync(source, partial);
    fs.renameSync(partial, target);
  }
  return folder;
}
