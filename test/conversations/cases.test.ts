/**
 * The right knowledge case for what the customer said (issue 16, "cases"): a visible defect is a
 * fault for the 三包 rules, a stated power source or working part rules out the cases that
 * contradict it, a rejected case is not offered again, and two faults in one message both get an
 * answer. Conversations of our own, in both languages, on products other than the examples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contradictsWorking, withoutWorkingClauses, workingPartsIn } from '../../bot/engine/case-premise';
import { faultClauses } from '../../bot/engine/flows/second-fault';
import { energySourceIn } from '../../bot/understanding/energy-source';
import { visibleDefectIn } from '../../bot/understanding/visible-defect';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a visible defect is a fault for returns', () => {
  it.each([
    ['屏幕右下角有两个亮点', 'screen'],
    ['there are three dead pixels near the centre', 'screen'],
    ['显示器中间有一条竖线', 'screen'],
    ['冰箱送到的时候门上就有个凹坑', 'damage'],
    ['the glass top was cracked when we unboxed it', 'damage'],
    ['打开箱子发现少了遥控器', 'missing'],
    ['the drain hose was missing from the box', 'missing'],
    ['new phone arrived today and it won’t turn on', 'dead'],
    ['不想要了，尺寸太大', undefined],
    ['I just changed my mind, it works fine', undefined],
    ['用了两年，门上有点划痕', undefined],
  ])('reads %s', (text, kind) => {
    expect(visibleDefectIn(text)).toBe(kind);
  });

  it('tells a screen defect the fault rules even when "everything else is fine", in Chinese', async () => {
    const said = await world.customer('defect-monitor-zh').say('电视前天网上买的，其他都没问题，就是屏幕上有个坏点，想换一台');
    expect(said.text).toMatch(/性能故障/);
    expect(said.text).toMatch(/退货、换货或维修/);
    expect(said.text).not.toMatch(/没有故障也可以无理由退货/);
  });

  it('tells a dent on arrival the fault rules, in English', async () => {
    const said = await world.customer('defect-dent-en').say('The washing machine arrived yesterday with a dent in the side, otherwise it works fine. I ordered it online. Can I return it?');
    expect(said.text).toMatch(/delivery defect/);
    expect(said.text).not.toMatch(/without a reason if it is in resaleable condition/);
  });

  it('tells a part missing from the box it can be sent on or returned', async () => {
    const said = await world.customer('defect-missing-zh').say('电视上周六网上买的，打开箱子发现没有底座，其他好好的，能退吗');
    expect(said.text).toMatch(/缺配件/);
    expect(said.text).not.toMatch(/没有故障也可以/);
  });
});

describe('a case whose premise contradicts what the customer said works', () => {
  it.each([
    ['冷藏室不凉了，冷冻室还是好的', ['freezer']],
    ['冷冻正常，就是冷藏不冷', ['freezer']],
    ['the freezer still freezes fine', ['freezer']],
    ['外机在转，屋里不凉', ['outdoor']],
    ['the display lights up but nothing happens', ['light']],
    ['冷冻室也不冻了', []],
    ['the fan doesn’t run at all', []],
  ])('reads what works in %s', (text, parts) => {
    const working = workingPartsIn(text);
    for (const p of parts) expect(working).toContain(p);
    if (!parts.length) expect(working).toEqual([]);
  });

  it('passes over cases that need a working part broken, and keeps the rest', () => {
    const freezerWorks = workingPartsIn('冷冻室冻得很硬');
    expect(contradictsWorking('冰箱灯亮但压缩机不启动、完全不制冷', freezerWorks)).toBe(true);
    expect(contradictsWorking('Fridge light on but compressor does not run', freezerWorks)).toBe(true);
    expect(contradictsWorking('Freezer not freezing', freezerWorks)).toBe(true);
    expect(contradictsWorking('冰箱冷藏室不凉', freezerWorks)).toBe(false);
    const lightOn = workingPartsIn('指示灯是亮的');
    expect(contradictsWorking('电视开不了机，指示灯不亮或一直闪', lightOn)).toBe(true);
    expect(contradictsWorking('冰箱灯亮但压缩机不启动、完全不制冷', lightOn)).toBe(false);
    expect(contradictsWorking('空调外机不转', workingPartsIn('外机一直在转'))).toBe(true);
  });

  it('searches without the clause that only says what works', () => {
    expect(withoutWorkingClauses('The fridge part is warm but the freezer still freezes fine')).toBe('The fridge part is warm');
    expect(withoutWorkingClauses('冷冻室是好的')).toBe('冷冻室是好的');
  });

  it.each([
    ['premise-fridge-zh', '冰箱冷藏室不凉了，冷冻室还是好的，冻得很硬'],
    ['premise-fridge-en', 'The fridge side is warm but the freezer still freezes fine'],
  ])('%s: a warm fridge with a working freezer is not told the compressor or the freezer is at fault', async (id, text) => {
    const said = await world.customer(id).say(text);
    expect(said.text).toMatch(/冷藏室不凉|Fridge compartment not cold/);
    expect(said.text).not.toMatch(/压缩机不启动|compressor does not run|冷冻室不冻|Freezer not freezing|freezes food/);
  });

  it('takes back a case when the customer then says the part it blames works, in English', async () => {
    const c = world.customer('premise-after-en');
    const first = await c.say('Our fridge has stopped cooling completely');
    expect(first.text).toMatch(/compressor does not run/);
    const then = await c.say('the freezer is still fine though, the ice cream is rock hard');
    expect(then.text).not.toMatch(/compressor does not run/);
    expect(then.text).not.toMatch(/If the steps above still don't fix it/);
  });
});

describe('two faults in one message', () => {
  it('cuts a description into its fault clauses', () => {
    expect(faultClauses('微波炉转盘不转了，还有按键也失灵了')).toEqual(['微波炉转盘不转了', '按键也失灵了']);
    expect(faultClauses('The dryer squeaks and the door won’t close')).toHaveLength(2);
    expect(faultClauses('空调不制冷')).toEqual(['空调不制冷']);
  });

  it('answers both, each with its own case, in Chinese', async () => {
    const said = await world.customer('two-mw-zh').say('微波炉转盘不转了，还有按键也失灵了');
    expect(said.text).toMatch(/转盘不转/);
    expect(said.text).toMatch(/按键失灵/);
    expect(said.text.match(/试过之后好了吗/g)).toHaveLength(1);
  });

  it('answers both, each with its own case, in English', async () => {
    const said = await world.customer('two-ac-en').say('The AC is leaking water indoors and it also smells musty');
    expect(said.text).toMatch(/musty/i);
    expect(said.text).toMatch(/dripping from the indoor unit/i);
  });

  it('notes the second fault when no case holds it, rather than dropping it', async () => {
    const said = await world.customer('two-wm-zh').say('洗衣机不排水，而且门也打不开');
    expect(said.text).toMatch(/门打不开/);
    expect(said.text).toMatch(/不排水/);
  });

  it('adds nothing when the clauses describe one fault', async () => {
    const said = await world.customer('one-ac-zh').say('空调不制冷，吹出来的是热风');
    expect(said.text).toMatch(/不制冷/);
    expect(said.text).not.toMatch(/另外/);
  });
});

describe('the power source said after the case', () => {
  it.each([
    ['是电的，不是燃气的', 'electric'],
    ['我们家这个是插电的', 'electric'],
    ["it's an electric one", 'electric'],
    ['ours is electric', 'electric'],
  ])('reads %s', (text, energy) => {
    expect(energySourceIn(text)).toBe(energy);
  });

  it('says the case again without gas lines once told it is electric, in Chinese', async () => {
    const c = world.customer('energy-later-zh');
    const first = await c.say('热水器一直不出热水');
    expect(first.text).toMatch(/燃气/);
    const then = await c.say('我家的是插电的，不是燃气的');
    expect(then.text).toMatch(/不出热水|水不热/);
    expect(then.text).not.toMatch(/燃气|煤气|打火/);
    expect(then.text).not.toMatch(/预约工程师上门。\n知道型号/);
  });

  it('says the case again without gas lines once told it is electric, in English', async () => {
    const c = world.customer('energy-later-en');
    await c.say('The water heater is not giving any hot water');
    const then = await c.say("it's an electric one by the way");
    expect(then.text).toMatch(/hot water/i);
    expect(then.text).not.toMatch(/\bgas\b|flame|ignit/i);
    const after = await c.say('still nothing, no change');
    expect(after.text).not.toMatch(/\bgas\b/i);
  });

  it('gives a plug-in heater whose water runs cold no water-on-electrics alarm', async () => {
    const said = await world.customer('plug-in-en').say('the water heater is a plug-in electric one, water keeps going cold halfway through a shower');
    expect(said.text).not.toMatch(/Water on electrics|Safety first/);
    expect(said.mode).toBe('bot');
  });
});
