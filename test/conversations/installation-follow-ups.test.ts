/**
 * Questions about installing a new unit, and the work around it asked one after another (extra
 * pipe, a hole through the wall, moving a unit to another room, ducting, the hook-up), are answered
 * from the installation rules: never "no reliable information", never a fault's questions or a
 * repair form. A unit not installed yet has no fault to tell. Written Cantonese asks the same
 * questions in its own words. Our own wordings, Chinese (simplified and Cantonese) and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** What a deflection or a fault's triage sounds like. */
const DEFLECTED =
  /没有确切|没找到和您描述|什么情况|型号|手机号|什么时候买|預約上門|no reliable|don't have a reliable|what(?:'s| is) (?:wrong|happening)|model|phone number|when did you buy|Did that fix it/i;

describe('installing a new air conditioner, and the work around it, asked turn by turn', () => {
  it.each([
    [
      'zh',
      ['新空调昨天送到了，还没安装，装的时候收钱吗', '室外机得挂到厨房那边的墙上，铜管估计七八米，这个怎么算', '墙上开孔呢', '另外卧室那台旧的想挪到书房，要多少钱'],
      [/免费/, /铜管|按米/, /打孔/, /移机/],
    ],
    ['zh-hk', ['部冷氣啱啱送到，仲未裝，裝機使唔使俾錢', '條喉要長過標準，點計', '拆咗舊冷氣裝去另一間房點收'], [/免費/, /銅管|按米/, /移機/]],
    [
      'en',
      [
        'our new aircon arrived today and is not installed yet. do you charge for installation?',
        'the outdoor unit must go on the far side of the house, so roughly 7 metres of pipe. how is that priced?',
        'what about making the hole in the wall?',
        'and taking my old unit down and putting it up in the study, what does that cost?',
      ],
      [/free/i, /per metre|extra pipe/i, /drilling/i, /relocation/i],
    ],
  ])('each question gets the installation rule, not a form (%s)', async (_lang, lines, expected) => {
    const customer = world.customer(`install-turns-${++n}`);
    for (const [i, line] of lines.entries()) {
      const said = await customer.say(line);
      expect(said.text, line).toMatch(expected[i]!);
      expect(said.text, line).not.toMatch(DEFLECTED);
    }
    expect(await customer.tickets()).toHaveLength(0);
  });
});

describe('fitting a cooker hood', () => {
  it.each([
    ['zh', ['刚买了台油烟机，安装另外收钱吗', '排烟管要从墙里穿出去，这个另算吗']],
    ['en', ['I just bought a range hood. Is the fitting extra?', 'The ducting has to be taken out through the wall, is that charged?']],
  ])('the installation rule answers each question, and no fault is read into the purchase (%s)', async (lang, lines) => {
    const customer = world.customer(`hood-fit-${++n}`);
    const first = (await customer.say(lines[0]!)).text;
    expect(first).toMatch(lang === 'zh' ? /标准安装一般免费/ : /installation of a newly bought appliance is usually free/i);
    expect(first).not.toMatch(/照明灯|吸力|light not working|suction|Did that fix it|解决了吗/i);
    const second = (await customer.say(lines[1]!)).text;
    expect(second).toMatch(lang === 'zh' ? /打孔|非标准/ : /drilling|non-standard/i);
    expect(second).not.toMatch(DEFLECTED);
  });
});
