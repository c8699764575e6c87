/**
 * Phones as customers type or say them. Every row is checked twice, through the phone slot and
 * through redaction: one definition of a phone number, so what is read is also what is hidden.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../bot/redaction';
import { normaliseText } from '../../kernel/text/normal-form';

const normalizeText = (text: string) => normaliseText(text, { spokenDigits: true });
import { parseMobile } from '../../bot/text/phone-numbers';
import { extractPhone } from '../../bot/understanding/slots';

const read = (text: string) => extractPhone(normalizeText(text));

describe('phones: the slot and redaction agree', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['我手机13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['138 - 1234 - 5678', '13812345678'],
    ['(138) 1234-5678', '13812345678'],
    ['(138)1234 5678', '13812345678'],
    ['138.1234.5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-138-1234-5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['(+86)13812345678', '13812345678'],
    ['86-13812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['一三八一二三四五六七八', '13812345678'],
    ['幺三八 幺二三四 五六七八', '13812345678'],
    ['电话是幺五零两两三三四四五五', '15022334455'],
    ['电话不对 是18867543201 最后俩数反了', '18867543201'],
    ['139 2233 4455 广州天河区棠下荟景苑8栋1502', '13922334455'],
    ['广州天河区棠下荟景苑8栋1502 13922334455', '13922334455'],
    ['联系人王先生，电话：186-0211-3344，下午在家', '18602113344'],
    ['call me on 138 1234 5678 after 6pm', '13812345678'],
    ['my number is +86 186 0021 3344', '18600213344'],
    ['手机号:17712345678微信同号', '17712345678'],
    ['phone: 199-8765-4321, thanks', '19987654321'],
    ['020-12345678', '020-12345678'],
    ['座机020 12345678', '020-12345678'],
    ['0571 8888 6666', '0571-88886666'],
    ['(020)12345678', '020-12345678'],
    ['010-8765-4321', '010-87654321'],
    ['tel 021 6123 4567', '021-61234567'],
    ['0755-2345678', '0755-2345678'],
    ['办公室电话020-12345678转123', '020-12345678-123'],
    ['+86 21 6123 4567', '021-61234567'],
    ['座机是05718888666', '0571-8888666'],
    ['家里座机 0571-88886666 手机 13812345678', '13812345678'],
  ])('%s -> %s', (text, phone) => {
    expect(read(text)).toBe(phone);
    const { text: redacted, vault } = redact(text);
    expect(
      vault
        .entries()
        .filter((e) => e.kind === 'PHONE')
        .map((e) => e.value),
    ).toContain(phone);
    expect(redacted.replace(/\D/g, '')).not.toContain(phone.replace(/\D/g, '').slice(-7));
  });
});

describe('numbers that are not phones', () => {
  it.each([
    ['机身序列号是SN13812345678901'],
    ['型号KFR-35GW/13812345678'],
    ['S/N: 13812345678'],
    ['订单号13812345678'],
    ['order number 13812345678'],
    ['IMEI 861381234567890'],
    ['工单AS-20261124-0001'],
    ['2024-05-10买的'],
    ['花了3999元'],
    ['1381234567'],
    ['138123456789'],
    ['身份证11010519491231002X'],
    ['卡号6217001234567890122'],
    ['快递单号SF1234567890123'],
    ['发票号码 04412345678'],
    ['12345678'],
    ['用了2年 3个月'],
    ['KFR-35GW/(35592)FNhAa-B1'],
  ])('%s', (text) => {
    expect(read(text)).toBeUndefined();
    expect(
      redact(text)
        .vault.entries()
        .filter((e) => e.kind === 'PHONE'),
    ).toEqual([]);
  });
});

describe('parseMobile: one reading of a field that should hold a mobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['(138) 1234 5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['020-12345678', undefined],
    ['1381234567', undefined],
    ['withheld', undefined],
  ])('%s -> %s', (value, mobile) => expect(parseMobile(value)).toBe(mobile));
});
