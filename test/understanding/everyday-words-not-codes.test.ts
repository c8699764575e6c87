/**
 * Brand names and everyday acronyms in a sentence are words, not display codes; a code is what the
 * display or the appliance shows, or a letter-and-digit token.
 */
import { describe, expect, it } from 'vitest';
import { extractErrorCodes } from '../../bot/understanding/slots/error-code';

const codes = (text: string) => extractErrorCodes(text).map((c) => c.code);

describe('everyday capital words are not codes', () => {
  it.each<[string, string[]]>([
    ['I got an SMS with that number', []],
    ['the box says one name but the remote says TCL', []],
    ['the screen shows the LG logo then goes black', []],
    ['my phone keeps saying SIM not detected', []],
    ['the app says ID invalid when I log in', []],
    ['got an OTP text from you', []],
    ['手机一直提示SIM卡无效', []],
    ['开机只显示TCL几个字母', []],
    ['手机弹出PIN码', []],
    ['电视提示HDMI无信号', []],
  ])('%s -> %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['the display says PF', ['PF']],
    ['my dryer says PF', ['PF']],
    ['got PF on the screen', ['PF']],
    ['my washer keeps saying UE', ['UE']],
    ['烘干机屏幕上显示PF', ['PF']],
    ['the remote says TCL and the tv shows E3', ['E3']],
  ])('a shown code stays a code: %s -> %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});
