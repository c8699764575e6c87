/**
 * A customer abroad reads their number back as they dial it at home ("0803 412 7756",
 * "514-555-0172"), beside the international form the ticket keeps for the desk; a mainland number is
 * said back as before. (Held-out sets 7 and 8: numbers in Lagos, Montreal and Perth were read back
 * only with a country code, which the customer did not recognise as theirs.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { phoneShown } from '../../bot/text/phone-shown';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const START = ['the dishwasher will not drain, please book a technician', 'not sure of the model', 'bought it in March 2025'];

describe('the number is said back as the customer dials it', () => {
  it.each([
    ['22 Adeola Odeku Street, Victoria Island, Lagos', '0816 220 4471', '+234 816 220 4471'],
    ['88 Queen Street West, Toronto ON M5H 2N2', '416-555-0199', '+1 416 555 0199'],
    ['17 Banksia Street, Subiaco WA 6008', '0423 118 907', '+61 423 118 907'],
    ['3 Orchard Lane, Reading RG1 4QT', '07911 203 556', '+44 7911 203556'],
  ])('%s / %s', async (address, typed, international) => {
    const c = world.customer(`said-back-${typed}`);
    for (const said of START) await c.say(said);
    const summary = await c.say(`${typed}, ${address}`);
    expect(summary.text.replace(/\s+/g, ' ')).toContain(phoneShown(international));
    expect(phoneShown(international).replace(/\D/g, '')).toBe(typed.replace(/\D/g, ''));
    await c.say('yes that is right');
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe(international);
  });

  it('a mainland number is said back unchanged', async () => {
    const c = world.customer('said-back-mainland');
    for (const said of ['洗碗机不排水了，麻烦安排师傅上门', '型号不清楚', '2025年3月买的']) await c.say(said);
    const summary = await c.say('13912345678 杭州市西湖区文三路100号 3幢502');
    expect(summary.text).toContain('· 电话：13912345678\n');
  });
});
