/**
 * A fault told by its symptom alone, no code on the display (playtest round 17): a gas water heater
 * that will not light or goes out mid-shower, a hob that clicks without a flame, a dryer blowing
 * cold, a dishwasher leaving everything wet, an oven or induction ring that will not heat. Each
 * reaches the case for that symptom of that product, or that product's own safe checks, never
 * another product's or another symptom's case (no display fault, no gas-smell drill, no brand's
 * code case). Wordings are our own, several per language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const first = async (line: string): Promise<string> => (await world.customer(`symptom-only-${++n}`).sayAll(line))[0]!;

describe('a gas water heater that will not light, no code', () => {
  it.each([
    ['zh', '燃气热水器开热水就是点不着，屏幕上也没有故障代码'],
    ['zh', '热水器点火啪啪响，就是没火'],
    ['en', "our gas water heater won't ignite any more and there's no error code"],
    ['en', 'the gas boiler for the shower clicks but never catches, nothing on the screen'],
  ])('gets the no-ignition checks, not a display, gas-smell or code case (%s)', async (lang, line) => {
    const reply = await first(line);
    expect(reply).toMatch(lang === 'zh' ? /燃气热水器点不着火[\s\S]*燃气阀[\s\S]*电池/ : /will not light and shows no code[\s\S]*gas meter[\s\S]*batteries/);
    expect(reply).not.toMatch(/显示屏不亮|燃气味」|E1|display is dead|Gas smell near/);
  });
});

describe('a gas water heater that goes out while in use, no code', () => {
  it.each([
    ['zh', '热水器洗着洗着就灭火了，也没报代码'],
    ['zh', '洗澡的时候热水器老是熄火'],
    ['en', 'the gas heater flame dies halfway through my shower'],
    ['en', 'my boiler keeps cutting out after a couple of minutes and the water runs cold'],
  ])('gets the flame-out checks, not a brand code case (%s)', async (lang, line) => {
    const reply = await first(line);
    expect(reply).toMatch(lang === 'zh' ? /用着用着熄火[\s\S]*水龙头开大/ : /goes out while in use[\s\S]*Open the hot tap further/);
    expect(reply).not.toMatch(/E2|点不着火|will not light/);
  });
});

describe('a hob that will not light', () => {
  it.each([
    ['zh', '灶具打火有声音但没火苗'],
    ['zh', '燃气灶左边那个灶眼怎么都打不着'],
    ['en', 'the hob will not light on one burner'],
    ['en', 'the burners on my gas cooktop click and never catch'],
  ])('gets the stove no-ignition case, not the backfire one (%s)', async (lang, line) => {
    const reply = await first(line);
    expect(reply).toMatch(lang === 'zh' ? /燃气灶打不着火/ : /Gas stove will not light/);
  });
});

describe('a dryer that does not heat, a dishwasher that does not dry', () => {
  it.each([
    ['zh', '干衣机转是转，就是不出热风', /烘干机不加热/],
    ['en', 'dryer is on but clothes come out cold', /Tumble dryer runs but does not heat/],
    ['zh', '洗碗机洗完碗还是湿漉漉的', /洗碗机烘不干[\s\S]*光亮剂/],
    ['zh', '洗碗机每次洗完里面的盘子都不干', /洗碗机烘不干/],
    ['en', 'the dishwasher runs fine but the plates come out wet', /Dishwasher does not dry[\s\S]*rinse aid/],
    ['en', 'my dishwasher leaves everything damp at the end of the cycle', /Dishwasher does not dry/],
  ])('gets the case for that symptom (%s: %s)', async (_lang, line, want) => {
    const reply = await first(line);
    expect(reply).toMatch(want);
    expect(reply).not.toMatch(/水渍、白斑|Spots or white film/);
  });
});

describe('an oven or induction cooker that will not heat', () => {
  it.each([
    ['zh', '烤箱预热半天还是凉的', /设了时间/],
    ['en', 'my oven is not heating up', /a time are both set/],
    ['zh', '电磁炉亮灯了但是锅不热', /磁铁/],
    ['en', 'the induction cooker stopped heating the pan', /magnet/],
  ])("gets that product's own safe checks (%s: %s)", async (_lang, line, want) => {
    const reply = await first(line);
    expect(reply).toMatch(want);
    expect(reply).not.toMatch(/代码还在不在|problem or code comes back/);
  });
});
