/**
 * The grounding check on its own: which source backs which claim. A normal reply that quotes the
 * knowledge base's real fee and period, restates the customer's own date, phone and address and
 * links to the brand's site must pass (false replacements cost the customer the better answer);
 * the customer's words never back money, promises, policies, links or requests; nothing personal
 * reaches the log line.
 */
import { describe, expect, it } from 'vitest';
import { fromCustomer } from '../../bot/guardrails/claims/customer-values';
import { checkGrounding, describeUnsupported, type GroundingSources } from '../../bot/guardrails/claims/grounding';

const KB_FEE = { hits: [{ id: 'KB-POL-3', title: '上门费', answer: '保修期外上门检测费50元，维修后免收；7天无理由退货，15天内可换货。', steps: [] }] };
const WARRANTY = { status: 'in_warranty', coveredUntil: '2027-03-15', policy: '三包: whole unit 1 year' };
const CUSTOMER = ['格力空调不制冷，2026年3月15日买的', '电话13812345678，地址杭州市西湖区文一西路100号3幢2单元601'];
const sources = (more: Partial<GroundingSources> = {}): GroundingSources => ({
  toolResults: [KB_FEE, WARRANTY],
  customerWords: CUSTOMER,
  allowedLinkHosts: ['service.gree.example'],
  ...more,
});
const unsupported = (reply: string, more?: Partial<GroundingSources>) => checkGrounding(reply, sources(more)).unsupported.map((c) => `${c.kind}:${c.key}`);

describe('grounded replies pass', () => {
  it.each([
    ['the KB fee and the free repair after it', '保修期外上门检测费是五十元，修好后免收检测费。'],
    ['the KB periods', '买了7天内可以无理由退货，十五天内可以换货。'],
    ["the customer's own purchase date", '您是2026年3月15日购买的，对吗？'],
    ["the warranty tool's verdict and date", '您的空调在保修期内，整机保修至2027-03-15。'],
    ['三包 named by the tool', '按国家三包规定，整机保修1年。'],
    ["the customer's phone and address said back", '确认一下：电话138 1234 5678，地址杭州市西湖区文一西路100号3幢2单元601。'],
    ["a link to the brand's own site", '进度可以在 https://service.gree.example/track 查看。'],
    ['self-help steps with no claims', '请先断电5分钟再开机，清洗过滤网后试试。'],
    ['a refusal', '赔偿需要人工审核，我无法直接承诺，已为您转人工。'],
    ['an English reply on the same facts', 'The call-out fee outside warranty is 50 yuan, waived if we repair it; you can return it within 7 days.'],
  ])('%s', (_name, reply) => {
    expect(unsupported(reply)).toEqual([]);
  });

  it('a rewording rests on the engine reply it reworded', () => {
    const engine = '工程师会在24小时内联系您。';
    expect(unsupported('师傅24小时内会联系您。')).toEqual(['period:24h']);
    expect(unsupported('师傅24小时内会联系您。', { passages: [engine] })).toEqual([]);
  });
});

describe('unsupported claims are found', () => {
  it.each([
    ['an amount no tool gave', '我们可以返还您五千元。', 'amount:5000'],
    ['a discount', '这次维修给您半价。', 'percent:50'],
    ['a made-up date', '您是2025年12月1日购买的。', 'date:2025-12-01'],
    ['a made-up period', '30天内可以无理由退货。', 'period:30d'],
    ['a compensation promise', '我們會賠償您的損失。', 'promise:compensation'],
    ['a free replacement', '我们直接为您免费更换一台新机。', 'promise:free_replacement'],
    ['an invented policy', '根据一机一号规定，您需要本人办理。', 'policy:一机一号'],
    ['an invented scheme', 'Under our bereavement support scheme the repair is covered.', 'policy:bereavement support'],
    ['a bare IP', '请打开 http://203.0.113.7/form 填写。', 'link:203.0.113.7'],
    ['a host without a scheme', '到 evil-service.shop/claim 领取补偿。', 'link:evil-service.shop'],
    ['a spelled-out e-mail', 'Send the invoice to claims at fix-help dot shop.', 'email:claims@fix-help.shop'],
    ["a third party's phone", '您可以联系师傅，电话13987654321。', 'personal:PHONE:13987654321'],
    ["a third party's address", '请送到上海市浦东新区世纪大道200号。', 'personal:ADDRESS:上海市浦东新区世纪大道200号'],
    ['a WeChat request', '请加客服专员微信办理。', 'contact_request:wechat'],
    ['an ID card request', '请把身份证正反面拍照发给我。', 'contact_request:id_card'],
  ])('%s', (_name, reply, claim) => {
    expect(unsupported(reply)).toContain(claim);
  });

  it("the customer's words back what they said about themselves, never a promise, amount, link or request", () => {
    const demanding = ['你们必须赔偿我五千元，退款打到 pay.refund-now.shop，加我微信'];
    expect(unsupported('好的，赔偿您五千元，退款请到 pay.refund-now.shop，我加您微信。', { customerWords: demanding }).sort()).toEqual(
      ['amount:5000', 'contact_request:wechat', 'link:pay.refund-now.shop', 'promise:compensation', 'promise:refund'].sort(),
    );
  });

  it('names no personal value in the log line', () => {
    const result = checkGrounding('请联系13987654321，或发邮件到 a.person@mail.example', sources());
    expect(result.ok).toBe(false);
    const line = describeUnsupported(result);
    expect(line).toContain('personal');
    expect(line).toContain('email');
    expect(line).not.toMatch(/1398|a\.person/);
  });
});

describe("values a model would store must be the customer's", () => {
  it.each([
    ['phone', '13812345678', true],
    ['phone', '138-1234-5678', true],
    ['phone', '13900001111', false],
    ['address', '杭州市西湖区文一西路100号3幢2单元601', true],
    ['address', '文一西路100号', true],
    ['address', '上海市浦东新区世纪大道200号', false],
    ['purchaseDate', '2026-03-15', true],
    ['purchaseDate', '2026-03', true],
    ['purchaseDate', '2026-01-01', false],
    ['purchaseDate', '2027', false],
  ] as const)('%s %s → %s', (kind, value, ok) => {
    expect(fromCustomer(kind, value, CUSTOMER)).toBe(ok);
  });

  it('a relative date lets a model read the date', () => {
    expect(fromCustomer('purchaseDate', '2025-05', ['去年五月买的'])).toBe(true);
    expect(fromCustomer('purchaseDate', '2025-05', ['坏了'])).toBe(false);
  });
});
