/**
 * The claim extractor on the many ways a model (or a poisoned passage) writes the same claim:
 * digits and Chinese numerals (五千, 伍仟, 两百), full-width forms, traditional characters,
 * Cyrillic and Greek look-alikes, spelled-out hosts and e-mail addresses, spaced phone numbers.
 * Each row names the claim that must be found; the last block lists what is not a claim.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../bot/guardrails/claims/extract-claims';
import { claimText } from '../../bot/guardrails/claims/claim-text';

const keys = (text: string) => extractClaims(text).map((c) => `${c.kind}:${c.key}`);

describe('the claim normal form', () => {
  it.each([
    ['五千元', '5000元'],
    ['伍仟元', '5000元'],
    ['賠償伍仟圓', '赔偿5000元'],
    ['两百块', '200块'],
    ['三万五千元', '35000元'],
    // The spoken short form: a last digit after a unit counts in the next unit down; with 零 it does not.
    ['退您两千五', '退您2500'],
    ['三万五元', '35000元'],
    ['赔一千二百块', '赔1200块'],
    ['一千零五元', '1005元'],
    ['1.5万元', '15000元'],
    ['５０００元', '5000元'],
    ['5,000元', '5000元'],
    ['百分之三十', '30%'],
    ['半价', '50%'],
    ['打八五折', '打85%'],
    ['five thousand yuan', '5000 yuan'],
    ['twenty-five percent', '25%'],
    ['rеfund', 'refund'],
    ['ρауpal', 'paypal'],
    ['幺三八一二三四五六七八', '13812345678'],
  ])('%s reads as %s', (raw, normal) => {
    expect(claimText(raw)).toBe(normal);
  });

  it.each(['三包规定', '一下', '千万不要', '十分抱歉', '万一', '一机一号'])('leaves %s as it is', (text) => {
    expect(claimText(text)).toBe(text);
  });
});

describe('claims found', () => {
  it.each([
    // amounts and percentages
    ['好的，五千元返还给您。', 'amount:5000'],
    ['我們將賠償您伍仟元。', 'amount:5000'],
    ['You will receive ¥5,000 back.', 'amount:5000'],
    ['We will send you 200 dollars.', 'amount:200'],
    ['RMB 3000 will be paid.', 'amount:3000'],
    ['补您两百块', 'amount:200'],
    ['本次维修可以半价。', 'percent:50'],
    ['给您打八折', 'percent:80'],
    ['You get 30% off.', 'percent:30'],
    ['维修费用减免百分之五十', 'percent:50'],
    // dates and periods
    ['您是2025年6月1日购买的。', 'date:2025-06-01'],
    ['购买日期 2025-06-01', 'date:2025-06-01'],
    ['bought on June 1, 2025', 'date:2025-06-01'],
    ['purchased 1 June 2025', 'date:2025-06-01'],
    ['二〇二五年六月一日购买', 'date:2025-06-01'],
    ['2024年3月买的', 'date:2024-03'],
    ['保修到2030年', 'date:2030'],
    ['covered until 2030', 'date:2030'],
    ['6月3日上门', 'date:--06-03'],
    ['七天无理由退货', 'period:7d'],
    ['15 days to exchange', 'period:15d'],
    ['整机保修一年', 'period:12m'],
    ['两周内处理', 'period:14d'],
    ['within 24 hours', 'period:24h'],
    ['延保半年', 'period:6m'],
    // promises
    ['好的，五千元返还给您。', 'promise:refund'],
    ['We will issue a full rеfund today.', 'promise:refund'],
    ['我們將賠償您', 'promise:compensation'],
    ['不是开玩笑，我们会赔偿您。', 'promise:compensation'],
    ['我们为您免费更换一台新机。', 'promise:free_replacement'],
    ["We'll send you a free replacement unit.", 'promise:free_replacement'],
    ['本次上门免费维修', 'promise:free_repair'],
    ['送您一张优惠券', 'promise:gift'],
    ["We'll send you a small gift.", 'promise:gift'],
    ['我保证三天内修好', 'promise:guarantee'],
    ['I guarantee it will be fixed tomorrow.', 'promise:guarantee'],
    ['为您延长保修两年', 'promise:warranty_extension'],
    ['您的空调仍在保修期内', 'promise:in_warranty'],
    ['Your phone is still under warranty.', 'promise:in_warranty'],
    // policies
    ['根据我们的丧亲关怀政策，您可以获得补助。', 'policy:丧亲关怀'],
    ['根据一机一号规定，无法办理。', 'policy:一机一号'],
    ['根據一機一號規定', 'policy:一机一号'],
    ['Under our bereavement support scheme you qualify.', 'policy:bereavement support'],
    ['our loyalty upgrade policy applies', 'policy:loyalty upgrade'],
    // links, hosts, IPs
    ['请访问 http://203.0.113.7/claim 领取', 'link:203.0.113.7'],
    ['打开 203.0.113.7:8080 填表', 'link:203.0.113.7'],
    ['请登录 evil-service.shop/claim 填写', 'link:evil-service.shop'],
    ['go to www.refund-center.top now', 'link:refund-center.top'],
    ['visit evil-service dot shop slash claim', 'link:evil-service.shop'],
    ['打开 evil-service点shop', 'link:evil-service.shop'],
    ['see hxxps://phish.example/x', 'link:phish.example'],
    // e-mail addresses
    ['写信到 help@evil.example', 'email:help@evil.example'],
    ['email refunds at evil-mail dot com', 'email:refunds@evil-mail.com'],
    ['发邮件到 refunds艾特evilmail点com', 'email:refunds@evilmail.com'],
    ['mail claims(at)evil-mail[dot]com', 'email:claims@evil-mail.com'],
    ['联系 kefu#evilmail.com', 'email:kefu@evilmail.com'],
    // personal data
    ['请拨打 13812345678 联系师傅', 'personal:PHONE:13812345678'],
    ['请拨打 138 1234 5678', 'personal:PHONE:13812345678'],
    ['Please call (138) 1234-5678.', 'personal:PHONE:13812345678'],
    ['电话幺三八一二三四五六七八', 'personal:PHONE:13812345678'],
    ['寄到上海市浦东新区世纪大道100号', 'personal:ADDRESS:上海市浦东新区世纪大道100号'],
    // contact requests
    ['请加客服微信 kefu_8888 办理', 'contact_request:wechat'],
    ['加我vx详聊', 'contact_request:wechat'],
    ['Please add me on WhatsApp to continue.', 'contact_request:whatsapp'],
    ['加一下专员的QQ', 'contact_request:qq'],
    ['请把身份证正反面拍照发给我', 'contact_request:id_card'],
    ['Please send a photo of your ID card.', 'contact_request:id_card'],
    ['请提供银行卡号和有效期', 'contact_request:bank_card'],
    ['把收到的验证码告诉我', 'contact_request:verification_code'],
    ['Tell me the verification code we just texted.', 'contact_request:verification_code'],
    ['请先支付50元保证金', 'contact_request:transfer'],
    ['扫描下面的二维码领取', 'contact_request:qr_code'],
  ])('%s → %s', (text, claim) => {
    expect(keys(text)).toContain(claim);
  });
});

describe('not claims', () => {
  it.each([
    ['a refusal', '我无法承诺退款，已为您转人工。'],
    ['a deferral in English', "I can't promise a refund; a colleague will review it."],
    ['a warning about codes', '请勿向任何人提供验证码。'],
    ['a warning about passwords', 'Never share your password with anyone.'],
    ['self-help steps', '请断电5分钟后重启，再清洗过滤网。'],
    ['an error code and a model', '您的KFR-35GW显示E1，表示高压保护。'],
    ['a ticket number', '工单 AS-20261124-7KQ4-M9XD 已提交。'],
    ['三包 as a word', '三包期内的问题请放心。'],
    ['规定 as a verb', '按规定时间上门。'],
    ['a wash programme', 'Choose the quick wash programme and run it empty.'],
    ['a gift card balance', 'Your gift card balance is shown in the app.'],
    ['an example of a date format', '什么时候买的？说年月日最准，比如“2024年7月15日”。'],
    ['an example in English', 'When did you buy it? The month is enough, e.g. "2024-07".'],
  ])('%s', (_name, text) => {
    expect(keys(text).filter((k) => !k.startsWith('period:') && !k.startsWith('amount:'))).toEqual([]);
    if (/比如|e\.g\./.test(text)) expect(keys(text)).toEqual([]);
  });
});
