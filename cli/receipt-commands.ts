/** `aftersales receipt read FILE`: OCR a receipt photo offline and show its fields. */
import fs from 'node:fs';
import type { Command } from 'commander';
import { NotFoundError, ValidationError } from '../kernel/errors';
import type { ReceiptFields } from '../ocr';
import type { CliContext } from './context';
import { printJson, printTable, truncate } from './output';
import { printDecision } from './warranty-commands';
import { COMMAND_SUMMARIES } from './command-summaries';

const FIELD_LABELS: [keyof ReceiptFields, string][] = [
  ['purchaseDate', 'purchase date / 购买日期'],
  ['merchant', 'merchant / 商家'],
  ['total', 'total / 金额'],
  ['currency', 'currency / 币种'],
  ['product', 'product / 商品'],
  ['model', 'model / 型号'],
  ['serial', 'serial / 序列号'],
  ['invoiceNumber', 'invoice no. / 票号'],
];

export function registerReceiptCommands(program: Command, context: CliContext): void {
  const receipt = program.command('receipt').description(COMMAND_SUMMARIES.receipt.summary);

  receipt
    .command('read')
    .description('read a receipt photo offline: date, merchant, total, model, serial, invoice number / 识别小票')
    .argument('<file>', 'image file (JPEG, PNG, WebP, TIFF)')
    .option('--category <name>', 'also decide warranty for this product category (air_conditioner, 冰箱, ...)')
    .option('--component <name>', 'with --category: the failed part (whole_unit, compressor, battery, ...)')
    .option('--brand <name>', 'with --category: brand, for extended brand warranties')
    .option('--json', 'print as JSON')
    .action(async (file: string, o: { category?: string; component?: string; brand?: string; json?: boolean }) => {
      if ((o.component || o.brand) && !o.category) throw new ValidationError('invalid_option', '--component and --brand need --category');
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new NotFoundError('receipt_file_not_found', `No such file: ${file}`);
        if (code === 'EISDIR') throw new ValidationError('receipt_not_file', `${file} is a folder, not an image`);
        throw error;
      }
      const config = context.config();
      // Loaded when the command runs: OCR libraries would slow every other command's start.
      const [{ readReceipt, receiptEvidence, verifyWarranty }, { createReceiptReader }, { warrantyDeps }] = await Promise.all([import('../ocr'), import('../app/receipts'), import('../app/warranty')]);
      const reader = createReceiptReader(config);
      try {
        const reading = await readReceipt(reader, bytes);
        const warranty = o.category
          ? verifyWarranty({ category: o.category, component: o.component, brand: o.brand, receipt: receiptEvidence(reading) }, warrantyDeps(config, context.clock()))
          : undefined;
        if (o.json) return printJson({ file, ...reading, ...(warranty ? { warranty } : {}) });
        printTable(
          ['field', 'value', 'confidence', 'from line'],
          FIELD_LABELS.flatMap(([key, label]) => {
            const f = reading.fields[key];
            return f ? [[label, String(f.value), f.confidence.toFixed(2), truncate(f.source, 40)]] : [[label, '-', '', '']];
          }),
        );
        console.log(`\nOCR confidence ${reading.ocr.confidence.toFixed(2)}, ${reading.ocr.lines.length} lines, ${reading.ocr.durationMs} ms`);
        if (reading.warnings.length) console.log(`warnings: ${reading.warnings.join(', ')}`);
        for (const line of reading.ignoredLines) console.log(`ignored (reads like an instruction): ${line}`);
        console.log(`${reading.summary.zh}\n${reading.summary.en}`);
        if (warranty) {
          console.log('');
          printDecision(warranty);
        }
      } finally {
        await reader.close();
      }
    });
}
