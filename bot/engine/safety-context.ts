/**
 * The danger a conversation is about, kept between turns (`ConversationState.safety`): which
 * hazard, on what kind of product, and whether the customer has cut the power. The script said
 * first comes from it (a gas water heater and an electric one get different advice, a phone is a
 * phone), and so do the answers to the questions customers ask afterwards (safety-follow-up.ts).
 */
import type { TurnUnderstanding } from '../brain';
import type { ConversationState } from '../conversation';
import type { Lang } from '../phrases';
import { energySourceIn } from '../understanding/energy-source';
import { readDanger } from '../understanding/hazards';
import { deviceWords, safetyScript, scriptForKinds, sparksInside, type HazardKind, type SafetyScript } from '../understanding/safety-script';
import type { SafetyHazard } from '../understanding/types';
import { readEngineState, top } from './engine-state';

export type SafetyContext = NonNullable<ConversationState['safety']>;

/**
 * The power or the gas said to be off now: "拉了电闸", "已经断电了", "插头拔了", "关了燃气阀",
 * "I've switched off at the breaker", "the power is off", "unplugged it".
 */
const CUT_OFF =
  /(?:拉|关|断|跳)(?:了|掉)?(?:电闸|总闸|闸|空开|空气开关|电源|总电源)|(?:电闸|总闸|闸|空开|电源|总电源)(?:我|我们)?(?:刚才|刚)?(?:已经|都|也)?(?:给)?(?:拉|关|断|跳)(?:了|掉)|(?:已经|都)?断(?:了)?电(?:了)?|停电了|(?:插头|电源)(?:已经|都)?拔(?:了|掉)|(?:已经|都)?拔(?:了|掉)(?:插头|电源)?|关(?:了|掉)(?:燃气|煤气)?(?:总)?阀|(?:燃气|煤气)?(?:总)?阀(?:门)?(?:已经)?关(?:了|掉)|\b(?:switched|turned|shut|cut|flipped|tripped)\b[^.?!,;]{0,25}\b(?:breaker|power|electricity|mains|fuse|off|valve|gas)\b|\b(?:power|electricity|breaker|mains|gas)\b[^.?!,;]{0,25}\b(?:is|are|'s)? ?(?:now )?(?:off|cut|down)\b|\bunplugged\b/i;
/** "还没断电", "haven't switched it off yet": the power is still on. */
const NOT_YET_CUT =
  /(?:还没|没有|没敢|不敢|还不敢|未)(?:[^，。,.]{0,3})(?:拉|关|断|拔)|\b(?:haven'?t|have not|didn'?t|did not|can'?t|cannot|not yet|couldn'?t)\b[^.?!]{0,15}\b(?:switch|turn|shut|cut|unplug|reach|flip)/i;

/** A clause asking whether to cut ("要不要把总闸拉了", "should I switch off the breaker?") says nothing was cut yet. */
const ASKS_TO_CUT = /要不要|该不该|需不需要|用不用|(?:要|需要|应该|得)[^，,。.？?]{0,10}(?:吗|么)|\b(?:should|shall|must) (?:i|we)\b|\b(?:do|would) (?:i|we) (?:need|have) to\b/i;
/** …unless it says so in the same breath ("闸已经拉了，要不要拔插头", "now that the breaker is off"). */
const SAYS_DONE = /已经|刚才?|\b(?:now that|since|already|i'?ve|i have|we'?ve|we have)\b/i;

export function saysCutOff(text: string): boolean {
  if (NOT_YET_CUT.test(text)) return false;
  return text.split(/[，,。.!！?？;；\n]/).some((clause) => CUT_OFF.test(clause) && (!ASKS_TO_CUT.test(clause) || SAYS_DONE.test(clause)));
}

/** Where sparks were said to be, corrected ("在里面，不是插头"), or undefined when the message says nothing of it. */
export function correctedSparks(context: SafetyContext, text: string): HazardKind[] | undefined {
  const sparks = context.kinds.includes('sparks_outlet') || context.kinds.includes('arcing_inside');
  if (!sparks || !SPARKS_PLACE.test(text) || !SAYS_WHERE.test(text)) return undefined;
  const kind: HazardKind = sparksInside(text) ? 'arcing_inside' : 'sparks_outlet';
  return [kind, ...context.kinds.filter((k) => k !== 'arcing_inside' && k !== 'sparks_outlet')];
}
/** A message that says where the sparks are. */
const SPARKS_PLACE = /里面|里头|内部|炉腔|腔体|插头|插座|插排|\b(?:inside|plug|socket|outlet|cord|wall)\b/i;
/** …speaking of the sparks, or correcting: "拔插头安全吗" names the plug and says nothing of where sparks are. */
const SAYS_WHERE = /打火|火花|火星|冒火|闪|电弧|不是|没在|不在|\b(?:sparks?|sparking|arc\w*|flash\w*|not|actually)\b/i;

/** Sparks in one place rule out sparks in the other; otherwise a new hazard joins those known. */
function merged(now: HazardKind[], before: HazardKind[] = []): HazardKind[] {
  const placed = now.includes('arcing_inside') || now.includes('sparks_outlet');
  return [...new Set([...now, ...before.filter((k) => !(placed && (k === 'arcing_inside' || k === 'sparks_outlet')))])];
}

/**
 * Reads this turn against the conversation's danger: a hazard in it is kept (with the product
 * the conversation is about), a correction of where it is replaces the old one, a power cut is
 * noted. Returns the understanding with its safety advice written for this product.
 */
export function noteSafety(state: ConversationState, text: string, u: TurnUnderstanding, lang: Lang): TurnUnderstanding {
  const engine = readEngineState(state.policy);
  const frame = top(engine);
  const category = u.slots.category ?? frame?.facts.category ?? engine.pending.category ?? engine.product.category ?? state.safety?.category;
  const cut = saysCutOff(text);
  if (u.safety) {
    const hazards = (u.hazards ?? readDanger(text).hazards) as SafetyHazard[];
    const setting = { text, category, energy: energySourceIn(text) ?? engine.energy };
    const script = safetyScript(hazards, setting);
    if (!script.kinds.length) return u;
    const device = category ? undefined : (state.safety?.device ?? (script.device.en === 'the device' || script.device.en === 'the appliance' ? undefined : script.device));
    state.safety = { kinds: merged(script.kinds, state.safety?.kinds), power: script.power, category, device, cutOff: cut || (state.safety?.cutOff ?? false) };
    return { ...u, safetyAdvice: script.advice[lang] };
  }
  if (state.safety) {
    const corrected = correctedSparks(state.safety, text);
    state.safety = { ...state.safety, kinds: corrected ?? state.safety.kinds, cutOff: state.safety.cutOff || cut };
  }
  return u;
}

/** The script for the conversation's danger, as it stands. */
export function scriptOf(context: SafetyContext): SafetyScript {
  return scriptForKinds(context.kinds, { category: context.category, text: context.device?.en }, context.power);
}

/** The words for the device of the conversation's danger ("这部手机" / "the phone"). */
export function deviceOf(context: SafetyContext): { zh: string; en: string } {
  return context.device ?? deviceWords({ category: context.category }, context.power);
}

/** The danger of an older conversation that kept no context: read again from its P1 ticket. */
export function contextFromTicket(ticket: { priority: string; symptom: string; category?: string } | undefined): SafetyContext | undefined {
  if (!ticket || ticket.priority !== 'P1') return undefined;
  const hazards = readDanger(ticket.symptom).hazards;
  if (!hazards.length) return undefined;
  const script = safetyScript(hazards, { text: ticket.symptom, category: ticket.category });
  return { kinds: script.kinds, power: script.power, category: ticket.category, cutOff: false };
}
