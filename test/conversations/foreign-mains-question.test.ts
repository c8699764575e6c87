/**
 * Issue 16: "can I use an appliance from another country on this mains?" has a plain answer (the
 * voltage on its rating label against the local one; a plug adapter does not change the voltage;
 * a converter, or a local model for a heating appliance). It got "I have no reliable information",
 * or was taken for a fault of the product it named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('an appliance from another country', () => {
  it.each([
    ['zh', '朋友从日本给我带了个电饭煲，拿回来插上就能用吗', /220伏/, /转换插头只改插头形状/],
    ['zh', '在香港买的电水壶，上面写110伏，家里插座直接插行不行', /220伏/, /变压器/],
    ['en', 'moved to Toronto and brought my kettle from home, will it work if I get a plug adapter?', /120 V/, /adapter only changes the plug/i],
    ['en', 'I have a 220V blender from Europe, can I plug it in here in the States?', /voltage/i, /converter/i],
  ])('%s: the voltage and plug answer, no fault questions', async (lang, asked, mains, adapter) => {
    const said = await world.customer(`foreign-mains-${asked}`).say(asked);
    expect(said.text).toMatch(mains);
    expect(said.text).toMatch(adapter);
    expect(said.text).not.toMatch(lang === 'zh' ? /没有确切的资料|什么情况|试过之后/ : /reliable (?:answer|information)|what the \w+ is doing|Did that fix it/i);
  });

  it('a rice cooker that will not heat is still a fault, not the mains answer', async () => {
    const said = await world.customer('foreign-mains-fault').say('电饭煲插上电不加热了');
    expect(said.text).not.toMatch(/220伏/);
  });
});
