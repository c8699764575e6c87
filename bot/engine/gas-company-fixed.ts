/**
 * After a gas smell, the customer reports that the gas company has been and fixed the leak (a
 * loose joint tightened, a hose changed) and often asks whether we are still coming. That is news
 * that changes the situation, not a danger to repeat: the leak was the gas company's to fix and
 * they have; using the appliance is fine once they said so; our engineer can still check the
 * appliance itself, and the customer decides whether that visit is kept. Decided by rules.
 */

type Bi = { zh: string; en: string };

/** The gas company or its fitter, named. */
const GAS_COMPANY =
  /燃气公司|煤气公司|燃气集团|天然气公司|燃气(?:的|那边的?)?(?:师傅|人|工作人员|抢修)|煤气(?:的|那边的?)?(?:师傅|人)|抢修(?:的)?(?:人|师傅|队)|\bgas (?:company|board|engineer|man|men|fitter|utility|network|emergency (?:team|service|crew)|people|guys?|supplier)\b|\butility (?:company|crew|engineer)\b/i;

/** They came and fixed or checked it. */
const CAME_AND_FIXED =
  /修好|弄好|拧(?:紧|好|上)|紧(?:了|好)|处理好|处理了|换好|换了|查过|检查过|检查了|看过|来过|来了|搞定|排除|\b(?:came|come|been|fixed|repaired|tightened|sorted|replaced|checked|made (?:it |everything )?safe|sealed|resolved)\b/i;

/** News of the gas company having been: "燃气公司来过了 说接头松了 拧好了", "the gas board came and tightened a fitting". */
export function gasCompanyFixedSaid(text: string): boolean {
  return GAS_COMPANY.test(text) && CAME_AND_FIXED.test(text) && !STILL_TO_COME.test(text);
}

/** The gas company's visit still ahead: "燃气公司看过以后", "等燃气公司来了", "after the gas company has been". */
const STILL_TO_COME = /等[^，。,.？?]{0,8}(?:燃气|煤气|抢修)|(?:看|查|来|检查)(?:过|完)?(?:以后|之后|的话)|如果|要是|\b(?:after|once|when|if|until|before)\b[^.?!]{0,12}\b(?:the )?(?:gas|utility)\b/i;

/** `device`: the appliance ("这台燃气灶" / "the gas stove"). */
export function gasCompanyFixedAnswer(device: Bi): Bi & { note: string } {
  return {
    zh: `好的，燃气公司已经把漏气的地方处理好了。燃气公司说可以用了，${device.zh}就可以照常用；点火时要是点不着、火焰发黄发红，或又闻到燃气味，就关火关阀，再联系我们。我们的师傅仍然可以上门检查一下${device.zh}本身。这次上门您还需要吗？需要的话工单继续保留，客服联系您约时间；不需要的话告诉我一声，我记在工单上。`,
    en: `Good to hear the gas company has fixed the leak. Once they have said it is safe, you can use ${device.en} as normal; if it will not light, the flame burns yellow or red, or you smell gas again, turn it off, close the valve and tell us. Our engineer can still come and check ${device.en} itself. Would you still like that visit? If so, the person handling your case will agree the time with you; if not, just tell me and I will note it on your ticket.`,
    note: 'Customer says the gas company came and fixed the leak; asked whether our engineer visit is still wanted.',
  };
}
