/**
 * A case's steps, without the ones that only ask for what the conversation already has: a customer
 * who said the display shows E1 is not told "2. check whether a fault code is shown" (playtest
 * round 15). Steps that do something (switch off, open a valve) or end in "book a repair" stay.
 */

/** A step whose whole job is to look for a code on the display. */
const LOOK_FOR_CODE =
  /^(?:检查|确认|看看?|留意)(?:一下)?(?:显示屏|屏幕|面板)?上?(?:是否|有没有|有无)(?:显示|出现|报|有)?(?:故障|错误)?(?:代码|代号)$|^(?:look for|check (?:the (?:display|screen|panel) )?for|check (?:whether|if) (?:there is|it shows|the (?:display|screen|panel) shows)) (?:an? )?(?:error |fault )?code$/i;
/** A step that asks to be told the code (and asks nothing to be done). */
const TELL_CODE = /(?:告诉我|tell me)/i;
const CODE = /代码|\bcode\b/i;
const DOES_SOMETHING = /报修|送修|维修|repair|book|断电|拔|unplug|switch off|restart/i;

function asksForCode(step: string): boolean {
  const line = step.trim().replace(/[。.]$/, '');
  return LOOK_FOR_CODE.test(line) || (TELL_CODE.test(line) && CODE.test(line) && !DOES_SOMETHING.test(line));
}

/** The steps to show, given what is known: a code already told drops the steps that ask for one. */
export function withoutKnownAsks(steps: string[], known: { errorCode?: string }): string[] {
  if (!known.errorCode) return steps;
  return steps.filter((step) => !asksForCode(step));
}
