/** `aftersales warranty check`: the warranty decision for a category, part and purchase date. */
import type { Command } from 'commander';
import { COMPONENTS, PRODUCT_CATEGORIES } from '../warranty/policy';
import { verifyWarranty, type WarrantyDecision } from '../warranty/verify-warranty';
import { warrantyDeps } from '../app/warranty';
import type { CliContext } from './context';
import { printJson } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

export function registerWarrantyCommands(program: Command, context: CliContext): void {
  const warranty = program.command('warranty').description(COMMAND_SUMMARIES.warranty.summary);

  warranty
    .command('check')
    .description('decide warranty from a stated purchase date (marked unverified: no receipt was read) / 按购买日期判定保修')
    .requiredOption('--category <name>', `product category: ${PRODUCT_CATEGORIES.join(', ')} (or 空调, 冰箱, 洗衣机, 热水器, 电视, 微波炉, 手机)`)
    .requiredOption('--purchased <date>', 'purchase date as the customer states it: YYYY-MM-DD, or a span 2024-07, 2024, 2024-06/2024-08 / 购买日期或时间段')
    .option('--component <name>', `the failed part: ${COMPONENTS.join(', ')} (or 压缩机, 电池 ...)`, 'whole_unit')
    .option('--brand <name>', 'brand, for extended brand warranties (WARRANTY_POLICY_FILE)')
    .option('--json', 'print as JSON')
    .action((o: { category: string; purchased: string; component: string; brand?: string; json?: boolean }) => {
      const decision = verifyWarranty({ category: o.category, component: o.component, brand: o.brand, statedPurchaseDate: o.purchased }, warrantyDeps(context.config(), context.clock()));
      if (o.json) return printJson(decision);
      printDecision(decision);
    });
}

const STATUS = { in_warranty: 'IN WARRANTY / 在保', expired: 'EXPIRED / 已过保', cannot_tell: 'CANNOT TELL / 无法判定' } as const;

export function printDecision(d: WarrantyDecision): void {
  console.log(`${STATUS[d.status]}${d.verified ? '' : d.status === 'cannot_tell' ? '' : ' (unverified / 未核验)'}${d.needsHumanCheck ? '  -> human check / 需人工核对' : ''}`);
  console.log(d.reason.zh);
  console.log(d.reason.en);
  const dates = Object.entries(d.dates)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(`dates: ${dates}`);
  if (d.remedies.length) console.log(`remedies: ${d.remedies.join(', ')}`);
  console.log(`policy: ${d.policy.category}/${d.policy.component} ${d.policy.months} months (${d.policy.source}${d.policy.brand ? `: ${d.policy.brand}` : ''})`);
  console.log(`  ${d.policy.citation.zh}`);
}
