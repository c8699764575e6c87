/**
 * A bare yes where a fact was asked ("对的" to "what is the address?", "yes that's all right" to
 * "do you know the model?"): it answers nothing, it is no goodbye and no "yes, I know it" that moves
 * on. The question is asked again in other words with an example, once; a second yes goes on as
 * any answer the form cannot use does.
 */
import type { Lang } from '../phrases';
import type { SlotName } from './commands';
import { saysYesToSummary } from '../understanding/summary-yes';

const ASKED_AGAIN: Partial<Record<SlotName, Record<Lang, string>>> = {
  model: {
    zh: '好的，麻烦把型号发给我，比如“KFR-35GW”，在机身侧面或背面的铭牌上；找不到的话回复“不知道”就行。',
    en: 'Great, please type the model number for me, e.g. "WF45T6000AW"; it is on the rating label at the side or back. If you can\'t find it, just say "don\'t know".',
  },
  purchaseDate: {
    zh: '好的，大概是哪年哪月买的？比如“2024年7月”或“去年春节前后”；记不清可以说“不记得”。',
    en: 'OK, roughly when was it bought? For example "March 2024" or "about two years ago"; if you can\'t remember, just say so.',
  },
  phone: {
    zh: '好的，请直接发一个能打通的手机号，比如“138 0000 0000”。',
    en: 'OK, please type the phone number the engineer should call, e.g. "138 0000 0000", or with its country code ("+44 …").',
  },
  address: {
    zh: '好的，请把上门地址发给我，写到门牌号，比如“杭州市西湖区文三路100号3栋502”。',
    en: 'OK, please type the address for the visit, down to the flat or house number, e.g. "Flat 5, 12 Park Road, Leeds".',
  },
  symptom: {
    zh: '好的，请说说具体是什么问题，比如“不制冷”或“开机显示E4”。',
    en: 'OK, what exactly is wrong with it? For example "not cooling" or "shows E4 when switched on".',
  },
  category: {
    zh: '好的，是什么产品呢？比如空调、洗衣机、冰箱或热水器。',
    en: 'OK, which product is it? For example an air conditioner, washing machine, fridge or water heater.',
  },
};

/** The commands that make a message more than a yes: a fact, a question, a new job, a no. */
const MORE_THAN_YES = new Set(['set', 'correct', 'ask', 'start', 'danger', 'human', 'cancel', 'skip', 'deny', 'notFixed']);

/** The question asked again after a bare yes, or undefined when the message is more than a yes or the slot has no such wording. */
export function askedAgainAfterYes(slot: string, text: string, commands: { kind: string }[], lang: Lang): string | undefined {
  if (commands.some((c) => MORE_THAN_YES.has(c.kind)) || !saysYesToSummary(text)) return undefined;
  return ASKED_AGAIN[slot as SlotName]?.[lang];
}
