/**
 * A range hood, a fan or a light to clear the smell of a gas leak: "那我开下抽油烟机抽一抽行不",
 * "can I switch on the cooker hood to clear it?". The gas company's rule is no: switching anything
 * electric on (or off) can spark and light the gas; windows are opened by hand. And a customer who
 * says it is already running is told to leave that switch alone too and get out, never "noted".
 * Only for a gas leak: with carbon monoxide, running the extractor is ventilation, not a spark risk.
 */
type Bi = { zh: string; en: string };

/** Something electric that moves air or lights the room. */
const AIR_OR_LIGHT = /抽油烟机|油烟机|烟机|排气扇|排风扇|换气扇|抽风机|风扇|电扇|灯|空调|\b(?:cooker hood|range hood|hood|extractor(?: fan)?|exhaust fan|fan|vent fan|lights?|air ?con\w*|ac)\b/i;
/** Switching it on. */
const ON = /开|启动|\b(?:switch(?:ed)?|turn(?:ed)?|put|flick(?:ed)?) (?:\w+ ){0,3}on\b|\bon\b|\brun(?:ning)?\b|\buse\b/i;
/** Said as done: it is on now. */
const ALREADY_ON = /开(?:了|着)|打开了|已经开|开起来了|\b(?:it'?s|it is|is) (?:on|running)\b|\b(?:switched|turned|put) (?:it |the \w+ )?on\b|\bon now\b/i;
/** Asked, not told ("行不", "可以吗", "can I", "should I"). */
const ASKED = /[?？]|吗|么|行不|可以不|能不能|可不可以|要不要|好不好|中不中|成不|\b(?:can|could|may|should|shall) (?:i|we)\b|\bok(?:ay)? (?:to|if)\b/i;

export type FanInGasLeak = 'asked' | 'alreadyOn';

/**
 * Whether this message asks about, or tells of, something electric switched on in a gas leak; "开了，窗也开了"
 * names no appliance, and is about the one our last reply spoke of (`lastReply`).
 */
export function fanInGasLeak(text: string, lastReply = ''): FanInGasLeak | undefined {
  // (Only our own "no" about a fan makes a bare "开了" about it: "窗户开着" after the first advice is the windows.)
  const fanJustAsked = lastReply.includes(FAN_IN_GAS_LEAK.asked.zh) || lastReply.includes(FAN_IN_GAS_LEAK.asked.en);
  if (!AIR_OR_LIGHT.test(text) && !(ALREADY_ON.test(text) && fanJustAsked)) return undefined;
  if (ALREADY_ON.test(text) && !ASKED.test(text)) return 'alreadyOn';
  if (ON.test(text) && ASKED.test(text)) return 'asked';
  return undefined;
}

export const FAN_IN_GAS_LEAK: Record<FanInGasLeak, Bi> = {
  asked: {
    zh: '不行。燃气泄漏时开抽油烟机、排气扇、电灯这类电器，开关那一下可能打出电火花，引燃燃气。开窗请用手直接推开，然后人先到室外，再给燃气公司打电话。',
    en: 'No. Switching on the cooker hood, a fan or a light in a gas leak can make a spark that ignites the gas. Open the windows by hand instead, then get everyone outside and call the gas company from there.',
  },
  alreadyOn: {
    zh: '已经开着就别再去碰它的开关，关也不要关（关的那一下同样可能打火）；窗开着就好，现在人先离开屋子到室外，在外面给燃气公司打电话。',
    en: 'Now that it is on, leave its switch alone; do not switch it off either, as that can spark too. With the windows open, get everyone out of the home now and call the gas company from outside.',
  },
};
