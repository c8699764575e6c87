import { describe, expect, it } from 'vitest';
import { isValidResidentId, passesLuhn, redact, redactForLog, RedactionVault } from '../../bot/redaction';

const VALID_ID = '110101198003070017';
const VALID_ID_X = '11010519491231002X';
const VALID_CARD = '6217001234567890122'; // 19 digits, Luhn-valid
const VALID_CARD_16 = '4532015112830366';

describe('mobile numbers in every common form', () => {
  const forms = [
    '13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '+86 138 1234 5678',
    '+8613812345678',
    '+86-138-1234-5678',
    '0086 13812345678',
    '(+86)13812345678',
    '１３８１２３４５６７８', // full-width
    '138\u200b1234\u200b5678', // zero-width spaces
    '幺三八幺二三四五六七八', // spoken
    '一三八 一二三四 五六七八',
    '幺三八12345678', // half spoken
  ];
  for (const form of forms) {
    it(`redacts ${JSON.stringify(form)}`, () => {
      const { text, vault } = redact(`我的电话是${form}，谢谢`);
      expect(text).toBe('我的电话是[PHONE_1],谢谢');
      expect(vault.lookup('[PHONE_1]')?.value).toBe('13812345678');
    });
  }

  it('gives the same number the same placeholder in any form, and a new number the next one', () => {
    const vault = new RedactionVault();
    expect(redact('call 138-1234-5678', vault).text).toBe('call [PHONE_1]');
    expect(redact('或者 +86 13812345678 也行', vault).text).toBe('或者 [PHONE_1] 也行');
    expect(redact('备用 13900001111', vault).text).toBe('备用 [PHONE_2]');
  });

  it('redacts landlines', () => {
    expect(redact('座机010-12345678').text).toBe('座机[PHONE_1]');
    expect(redact('打(0571)88889999').text).toBe('打[PHONE_1]');
    expect(redact('tel: 021 6123 4567 ext').text).toBe('tel: [PHONE_1] ext');
  });
});

describe('serials, models and orders are not phones', () => {
  it.each([
    ['机身序列号是SN13812345678901'],
    ['型号KFR-35GW/13812345678'],
    ['S/N: 13812345678'],
    ['订单号13812345678'],
    ['order number 13812345678'],
    ['IMEI 861381234567890'],
    ['工单AS-20261124-0001'],
  ])('%s stays as it is', (input) => {
    expect(redact(input).text).toBe(input);
  });

  it('still redacts a phone given next to a serial', () => {
    expect(redact('序列号SN13812345678901，手机13812345678').text).toBe('序列号SN13812345678901,手机[PHONE_1]');
  });
});

describe('resident ID numbers', () => {
  it('are redacted when the checksum passes, or when the customer says it is their ID (a typo is still theirs)', () => {
    expect(redact(`身份证${VALID_ID}`).text).toBe('身份证[ID_1]');
    expect(redact(`身份证号 ${VALID_ID_X.toLowerCase()} 谢谢`).text).toBe('身份证号 [ID_1] 谢谢');
    const wrongCheck = VALID_ID.slice(0, 17) + '8';
    expect(redact(`身份证${wrongCheck}`).text).toBe('身份证[ID_1]');
    // Unlabelled, an 18-digit run that fails the checksum is an order or serial number.
    expect(redact(`订单${wrongCheck}`).text).toBe(`订单${wrongCheck}`);
  });

  it('checks the checksum and the birth date', () => {
    expect(isValidResidentId(VALID_ID)).toBe(true);
    expect(isValidResidentId(VALID_ID_X)).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('11010519490231002X')).toBe(false); // 31 February
    expect(isValidResidentId('12345')).toBe(false);
  });

  it('accepts the 6-8-4 spaced form and full-width digits', () => {
    expect(redact('ID 110101 19800307 0017').text).toBe('ID [ID_1]');
    expect(redact('１１０１０１１９８００３０７００１７').text).toBe('[ID_1]');
  });
});

describe('bank cards', () => {
  it('are redacted when Luhn passes, grouped or not', () => {
    expect(redact(`卡号${VALID_CARD}`).text).toBe('卡号[CARD_1]');
    expect(redact('card 4532 0151 1283 0366 please').text).toBe('card [CARD_1] please');
    expect(redact('4532-0151-1283-0366').vault.entries()[0]?.value).toBe(VALID_CARD_16);
  });

  it('unlabelled, are left alone when Luhn fails, unless the number is UnionPay (62), whose older cards carry no Luhn digit', () => {
    expect(redact('单号4532015112830367').text).toBe('单号4532015112830367');
    // Labelled as a card by the customer, it is theirs whatever its check digit.
    expect(redact('卡号4532015112830367').text).toBe('卡号[CARD_1]');
    expect(redact('卡号6217001234567890125').text).toBe('卡号[CARD_1]');
    expect(passesLuhn(VALID_CARD)).toBe(true);
    expect(passesLuhn('6217001234567890125')).toBe(false);
  });
});

describe('emails and addresses', () => {
  it('redacts emails', () => {
    const { text, vault } = redact('My email is Jane.Doe@Example.com, and 我的邮箱 wang_li@163.com');
    expect(text).toBe('My email is [EMAIL_1], and 我的邮箱 [EMAIL_2]');
    expect(vault.restore('[EMAIL_1]')).toBe('jane.doe@example.com');
  });

  it('redacts Chinese addresses from the start of the address to its last component', () => {
    expect(redact('地址是北京市朝阳区建国路88号3号楼2单元1502室，麻烦尽快上门').text).toBe('地址是[ADDRESS_1],麻烦尽快上门');
    expect(redact('我家住在上海市浦东新区张江镇碧云花园12栋').text).toBe('我家住在[ADDRESS_1]');
    expect(redact('送到杭州市西湖区文三路478号').text).toBe('送到[ADDRESS_1]');
    expect(redact('幸福小区5栋3单元').text).toBe('[ADDRESS_1]');
  });

  it('leaves place names that locate no home', () => {
    for (const text of ['我在杭州西湖区', '师傅在路上了吗', '售后网点在哪里', '电路板坏了']) expect(redact(text).text).toBe(text);
  });

  it('redacts English street addresses', () => {
    expect(redact('I live at 221B Baker Street, Apt 2, London').text).toBe('I live at [ADDRESS_1]');
  });
});

describe('the vault', () => {
  it('restores every placeholder it issued and leaves others alone', () => {
    const original = '手机13812345678，身份证11010519491231002X，地址北京市朝阳区建国路88号，邮箱a@b.cn';
    const { text, vault } = redact(original);
    expect(text).not.toMatch(/13812345678|11010519491231002X|建国路|a@b\.cn/);
    expect(vault.restore(text)).toBe('手机13812345678,身份证11010519491231002X,地址北京市朝阳区建国路88号,邮箱a@b.cn');
    expect(vault.restore('[PHONE_9] [FOO_1]')).toBe('[PHONE_9] [FOO_1]');
  });

  it('restores tool arguments a model filled with placeholders', () => {
    const { vault } = redact('电话138 1234 5678');
    expect(vault.restoreDeep({ phone: '[PHONE_1]', notes: ['call [PHONE_1]'], n: 1 })).toEqual({ phone: '13812345678', notes: ['call 13812345678'], n: 1 });
  });

  it('never serialises the values it protects', () => {
    const { vault } = redact('13812345678');
    expect(JSON.stringify({ vault })).toBe('{"vault":{"size":1}}');
  });
});

describe('redactForLog', () => {
  it('masks personal fields whole and redacts free text inside structures', () => {
    const logged = redactForLog({
      phone: '13812345678',
      address: '北京市朝阳区建国路88号',
      turn: { text: '我手机幺三八幺二三四五六七八，邮箱x@y.com', at: new Date(0) },
      list: ['13812345678'],
      count: 3,
    });
    expect(logged).toEqual({
      phone: '[REDACTED]',
      address: '[REDACTED]',
      turn: { text: '我手机[PHONE_1],邮箱[EMAIL_1]', at: new Date(0) },
      list: ['[PHONE_1]'],
      count: 3,
    });
  });

  it('survives cycles and errors', () => {
    const value: Record<string, unknown> = { note: 'call 13812345678' };
    value.self = value;
    expect(redactForLog(value)).toEqual({ note: 'call [PHONE_1]', self: '[Circular]' });
    const error = redactForLog(new Error('failed for 13812345678')) as unknown as { message: string };
    expect(error.message).toBe('failed for [PHONE_1]');
  });
});
