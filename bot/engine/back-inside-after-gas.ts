/**
 * "Can I go back in now? It smells less", asked outside after a gas smell (or carbon monoxide, a
 * fire, smoke). The honest answer is the gas company's and the fire brigade's: stay out until they
 * have checked and say it is safe; a fainter smell is not a safe home (open windows thin it and a
 * nose gets used to it); once back in, switch nothing on and light nothing until the leak is found
 * and fixed. Decided by rules, never by a model.
 */
import type { HazardKind } from '../understanding/safety-script';

type Bi = { zh: string; en: string };

/**
 * Going back into the home: "能回屋了吗", "进去拿件衣服", "is it ok to go back inside"; in Cantonese
 * 返去/返入去/入返去 ("我想返去冲埋个凉"); and going back to finish what they were doing there
 * ("go back and finish my shower").
 */
const BACK_INSIDE =
  /回(?:到)?(?:屋|家|去|房间|室内|楼上|厨房|里面|浴室|卫生间)|进(?:屋|家|门|去|房间|厨房|浴室|卫生间)|上楼|返(?:入)?(?:去|屋|屋企|房|入面|冲凉房|浴室|厕所|厨房)|入返(?:去|入面)|\b(?:go|get|head|pop|nip) back (?:and|to) (?:finish|have|take|use|get|do)\b|\bfinish (?:my|the|her|his|our) (?:shower|bath|wash)\b|\b(?:go|come|get|head|walk) (?:back )?into the (?:kitchen|bathroom|room|utility room)\b|\b(?:use|be in|stay in) the kitchen\b|\b(?:go|come|get|head|move|walk) back (?:in|inside|home|into|up)\b|\bgo (?:in|inside|indoors|home|into the (?:house|flat|apartment|kitchen))\b|\bre-?enter\b|\bback (?:in|inside|indoors|home)\b/i;

/** The hazards that empty a home until someone qualified says it is safe. */
const EMPTYING: HazardKind[] = ['gas_leak', 'carbon_monoxide', 'fire', 'smoke', 'explosion'];

export function backInsideAsked(text: string, kinds: HazardKind[]): boolean {
  return kinds.some((k) => EMPTYING.includes(k)) && BACK_INSIDE.test(text);
}

/** The smell still there, only fainter: "味道淡了", "没那么大了", "it's much weaker". */
const SMELL_STILL_THERE = /淡|小了|弱了|轻了|没那么|还有(?:点|一点|些)?味|还(?:能)?闻(?:得)?到|\b(?:weaker|fainter|less strong|not as strong|faint|still (?:smell|a smell|some smell))\b/i;

/** The home aired: "窗户都开了", "通了风", "I opened all the windows". */
const AIRED =
  /开(?:了|着)?(?:门)?窗|窗(?:户|子)?[^，。,.？?]{0,4}(?:开|打开)|通(?:了|过|完)?风|透(?:了|过)?气|\b(?:opened|open(?:ing)?) (?:up )?(?:the |all the |every |both )?(?:windows?|doors)\b|\bwindows? (?:are |is |were |have been )?(?:all )?(?:open|opened|wide open)\b|\baired\b|\bventilat\w*/i;

export function airedSaid(text: string): boolean {
  return AIRED.test(text);
}

/**
 * `asked`: the question; `aired`: the customer said the windows are open or the smell has gone
 * (now or earlier). Then, unless the smell is said to be still there, the answer is the condition itself (the smell gone, the
 * windows open, and the gas company's word first), not the opening paragraph about the gas company
 * again; a fainter smell is still a gas leak, and gets "not yet".
 */
export function backInsideAnswer(kinds: HazardKind[], asked = '', aired = false): Bi {
  if (kinds.includes('gas_leak') && aired && !SMELL_STILL_THERE.test(asked))
    return {
      zh: '只有味道完全散了、窗户一直开着通风，才可以回去；已经叫了燃气公司的话，以他们说的为准，他们说能进再进。还闻得到一点味道就先别进。回去以后燃气阀先关着，在燃气公司查过之前不要开灯、开关电器或点火。',
      en: 'Only once the smell has gone completely and the windows are still open to air it; if you have called the gas company, their word decides, so wait until they say you can. If you can still smell any gas, stay out. Once back in, keep the gas valve closed and switch nothing on and light nothing until the gas company has checked.',
    };
  if (kinds.includes('gas_leak'))
    return {
      zh: '先别回屋。要等燃气公司（或119）的人来查过、告诉您安全了再进去：味道变淡不等于燃气没了，开着窗会冲淡，人闻久了也会觉得淡。外面冷的话可以先去邻居家等。等他们说可以进屋了，在找到并修好漏气的地方之前，屋里也不要开灯、开关电器或点火。',
      en: "Not yet. Stay out until the gas company (or 119) has checked and tells you it is safe: a fainter smell does not mean the gas has gone, as open windows thin it and your nose gets used to it. If it is cold, wait at a neighbour's. Once they say you can go back in, still switch nothing on and light nothing until the leak has been found and fixed.",
    };
  if (kinds.includes('carbon_monoxide'))
    return {
      zh: '先别回去。一氧化碳没有气味，感觉好一点不代表空气已经安全；要等燃气公司或119查过、说可以了再进屋，进屋后热水器在检查之前也不要再用。',
      en: 'Not yet. Carbon monoxide has no smell, and feeling better does not mean the air is clear; wait until the gas company or 119 has checked and says it is safe, and do not use the heater again until it has been checked.',
    };
  return {
    zh: '先别回去。要等消防（119）或物业确认安全了再进屋，不要回去拿东西；进屋后出事的电器检查之前也不要再用。',
    en: 'Not yet. Wait until the fire brigade (119) or the building staff say it is safe, and do not go back for belongings; once in, do not use the appliance until it has been checked.',
  };
}
