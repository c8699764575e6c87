/**
 * A danger the customer has already made safe: sparks in a microwave, or a burning smell or a
 * little smoke from an appliance, told together with "I stopped it / unplugged it / switched it
 * off at the wall" and nothing still going on (no flames, the smoke not still coming). Nobody
 * needs to rush: the customer hears the safety steps that still apply (keep it off, don't use it
 * until checked, what to do if it starts again), the usual cause and the offer of a repair, not a
 * priority handoff.
 *
 * It stays a danger for a person when anything else is in the message (a gas smell, flames, a
 * shock, carbon monoxide, water on something live), when the smoke or sparks are still going,
 * when the power was not cut, or when a gas appliance is the one smoking.
 */
import { readDanger } from './hazards';
import { anyOf, GAS_SOURCE } from './lexicons/hazard-words';
import type { SafetyHazard } from './types';

/** Dangers that end when the power does, if nothing caught fire. */
const OVER_WITH_THE_POWER = new Set<SafetyHazard>(['sparks', 'smoke', 'burning']);

/** Sparks are only over with the power when they were inside a microwave (not at a socket or in the wiring). */
const MICROWAVE = anyOf('微波炉', '\\bmicrowave\\w*');
const SOCKET = anyOf('插座', '插排', '插线板', '开关面板', '电线', '电闸', '\\bsocket\\b', '\\boutlet\\b', '\\bpower (?:strip|board)\\b', '\\bwir(?:e|es|ing)\\b');

/** The power cut, told as done ("拔了插头", "按了停止", "switched it off at the wall"), not asked about. */
const CUT_DONE = anyOf(
  '(?:拔|关|断|停|按|切)[^,，。！？?]{0,6}(?:了|掉)',
  '(?:已经|已|马上|赶紧|赶快|立马|立刻|随即|当时就)(?:就)?(?:拔|关|断|停|按|切)',
  '\\b(?:switched|turned|shut|powered) (?:it |them |the \\w+ |everything |the power )?off\\b',
  '\\b(?:switched|turned) off\\b',
  '\\bunplugged\\b',
  '\\bpulled (?:out )?the plug\\b',
  '\\b(?:hit|pressed|pushed|stopped) (?:the )?(?:stop|cancel|off|it)\\b',
);

/** Still going on: 还在冒烟, 一直冒, still smoking, won't stop. */
const STILL_GOING = anyOf(
  '还在',
  '一直在?(?:冒|闪|响|打火)',
  '仍然?在',
  '不停地?(?:冒|闪|打火)',
  '越来越',
  '又(?:冒|闪|打火|开始)',
  '止不住',
  '\\bstill (?:smok\\w*|spark\\w*|burn\\w*|coming|going|pouring|flash\\w*)',
  '\\bkeeps? (?:smok\\w*|spark\\w*|coming)',
  "\\bwon'?t stop\\b",
  '\\bgetting worse\\b',
  '\\bagain\\b',
);

/** (The lexicon's patterns are global: a test starts from the beginning every time.) */
const has = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  return pattern.test(text);
};

/** This message tells a danger the customer has already ended by cutting the power, with nothing still burning. */
export function dangerMadeSafe(text: string): boolean {
  const danger = readDanger(text);
  if (!danger.hazards.length || !danger.hazards.every((h) => OVER_WITH_THE_POWER.has(h))) return false;
  if (danger.hazards.includes('sparks') && (!has(MICROWAVE, text) || has(SOCKET, text))) return false;
  if (has(GAS_SOURCE, text)) return false;
  return has(CUT_DONE, text) && !has(STILL_GOING, text);
}
