/**
 * Questions after a danger's advice that are about the help, not about using the appliance: "so I
 * ring the gas company now?", "where is the gas valve?", and news that the danger has passed ("the
 * smoke has stopped, it's unplugged"). A question about calling someone is never read as "can I use
 * it?" (that "No" once told a customer not to call the gas company). Decided by rules, never by a model.
 */
import type { HazardKind } from '../understanding/safety-script';

type Bi = { zh: string; en: string };

/** Calling or fetching the people who deal with the danger: the gas company, 119, an electrician, the building staff. */
const HELP_CALL =
  /(?:打|拨|联系|叫|找|报)[^，。,.？?]{0,6}(?:燃气公司|煤气公司|燃气|煤气|天然气|119|消防|物业|电工|抢修)|(?:燃气公司|煤气公司|119|消防|物业|抢修)[^，。,.？?]{0,8}(?:电话|(?:打|拨|报)(?=[吗么呢吧不？?，。！!\s]|$|一下|个))|\b(?:call|ring|phone|contact|notify|get|report (?:it |this )?to)\b[^.?!]{0,14}\b(?:gas (?:company|board|supplier|emergency|people|line|utility)|the gas|119|fire (?:brigade|department|service)|firefighters|emergency (?:line|services?|number)|electrician|landlord|building (?:management|manager|staff))\b|(?:要不要|需不需要|用不用|该不该)(?:打电话|叫人|找人)(?!给(?:你|客服|售后))|\b(?:should|do|must|shall) (?:i|we) (?:need to |have to )?(?:call|ring|phone|contact) (?:anyone|anybody|someone|somebody)\b/i;

export function helpCallAsked(text: string): boolean {
  return HELP_CALL.test(text);
}

export function helpCallAnswer(kinds: HazardKind[]): Bi {
  if (kinds.includes('gas_leak') || kinds.includes('carbon_monoxide'))
    return {
      zh: '对，现在就打，不用等到明天：人先到室外（或楼道外），再给燃气公司打抢修电话，别在有味的屋里打。号码一般在燃气缴费单、燃气卡或燃气表上，也可以打12345问；味道很重或有人不舒服，直接拨119。',
      en: "Yes, call the gas company now, tonight; don't wait. Go outside first and call from there, not from inside where it smells. Their number is on your gas bill, gas card or meter, or ask 12345; if the smell is strong or anyone feels unwell, call 119.",
    };
  return {
    zh: '对，找他们是对的，现在就可以联系：有明火或还在冒烟，人先离开，直接拨119；没有的话，找电工或物业来查看，检查之前这台先别再用。',
    en: 'Yes, contacting them is right, and you can do it now: if there are flames or smoke is still coming, get out and call 119; otherwise an electrician or the building staff can check it. Until then, do not use the appliance.',
  };
}

/** "燃气总阀在哪", "where's the gas shut-off?", "how do I close the valve?". */
const VALVE_WHERE =
  /(?:总阀|燃气阀|煤气阀|阀门|气阀)[^，。,.？?]{0,6}(?:在哪|哪里|哪儿|哪个|什么样|长啥样|怎么关|找不到|是哪)|(?:哪|哪里|哪儿|哪个)[^，。,.？?]{0,6}(?:总阀|燃气阀|煤气阀|阀门|气阀)|\bwhere\b[^.?!]{0,24}\b(?:valve|shut-?off|stop ?cock)\b|\b(?:valve|shut-?off)\b[^.?!]{0,20}\b(?:where|find|look like|located)\b|\bhow (?:do i|to|can i) (?:close|shut|turn off|find) (?:the |my )?(?:gas|main|valve)\b|\bcan'?t find (?:the |my )?(?:gas )?(?:valve|shut-?off)\b/i;

export function gasValveWhereAsked(text: string): boolean {
  return VALVE_WHERE.test(text);
}

/** Where a home's gas valves usually are, and how a quarter turn closes one. */
export const GAS_VALVE_WHERE: Bi = {
  zh: '燃气阀一般有两个：一个在燃气表旁边的进气管上（总阀），一个在通往燃气灶或热水器的那段管子上、靠近设备的地方。手柄顺着管子是开着的，转四分之一圈、让手柄横过来跟管子垂直，就是关上了。找不到、够不着，或者要穿过味道重的地方才能过去，就别去找了，直接到室外给燃气公司打电话。',
  en: "A home usually has two gas valves: the main one on the pipe beside the gas meter, and one on the pipe leading to the hob or heater, close to it. When the handle runs along the pipe it is open; a quarter turn, so the handle sits across the pipe, closes it. If you can't find or reach it, or would have to walk through a strong smell, leave it and call the gas company from outside.",
};

/** Said the danger is over: the smoke or the smell gone, it stopped smoking. */
const DANGER_PASSED =
  /(?:烟|烟雾|味|味道|气味|煤气味|燃气味|糊味|焦味|烧焦味)[^，。,.？?！!]{0,4}(?:没了|散了|没有了|消失了|停了|散掉了|散干净)|不(?:再)?冒烟了|没(?:有)?(?:烟|味)了|不冒了|\b(?:smoke|smell|fumes|burning smell)\b[^.?!]{0,16}\b(?:gone|stopped|cleared|went away|disappeared|died down)\b|\b(?:smoke|smell)'s gone\b|\bno (?:more |longer any )?(?:smoke|smell|fumes)\b|\b(?:not|no longer) smoking\b|\bstopped smoking\b/i;

/** Said as only partly over: "mostly stopped", "almost gone", "还有点", "基本散了": some smoke may still be there. */
const PARTLY =
  /\b(?:mostly|almost|nearly|partly|partially|kind of|sort of|a bit|a little|not (?:completely|fully|totally|quite|all))\b|差不多|基本|大部分|快(?:要)?|还有(?:一)?(?:点|些)|还(?:在)?(?:有点|有些)|少了|小了|淡了|没那么/i;

export function dangerPassedSaid(text: string): boolean {
  const found = DANGER_PASSED.exec(text);
  if (!found) return false;
  // (The hedge sits near the words it softens: within the clause before them or inside the match.)
  const near = text.slice(Math.max(0, found.index - 12), found.index + found[0].length);
  return !PARTLY.test(near);
}

/** Acknowledged, not the opening block again: what still holds until it is checked. */
export function dangerPassedAnswer(kinds: HazardKind[], device: Bi): Bi {
  if (kinds.includes('gas_leak') || kinds.includes('carbon_monoxide'))
    return {
      zh: '味道散了是好事，不过这还不代表漏气的地方已经好了：燃气阀继续关着，燃气公司查过之前屋里不要点火，也不要开关电器。',
      en: 'Good that the smell has gone, but that does not mean the leak is fixed: keep the gas valve closed, and no flames and no switches in the home until the gas company has checked.',
    };
  return {
    zh: `好的，不冒烟了就好。${device.zh}继续关着、拔着插头，检查之前不要再用。`,
    en: `Good, glad the smoke has stopped. Keep ${device.en} switched off and unplugged, and do not use it until it has been checked.`,
  };
}

/** Getting things out once the smoke has gone and it is off: fine, and warm contents spread out. */
export function accessAfterSmokeAnswer(device: Bi): Bi {
  return {
    zh: `可以。烟已经散了，确认${device.zh}拔了插头，就可以打开把里面的东西拿出来；还热的东西（比如衣服）摊开放在远离易燃物的地方，让它凉透，别堆在一起。${device.zh}检查之前不要再用。`,
    en: `Yes, now that the smoke has gone: make sure ${device.en} is unplugged, then you can open it and take things out; spread anything still warm (laundry, for example) out away from anything that burns so it cools fully, rather than leaving it in a pile. Do not use ${device.en} until it has been checked.`,
  };
}
