/**
 * A swollen battery and nothing worse (screen lifting, back or case bulging): the customer needs
 * the safety steps (stop charging, unplug, away from anything that burns, don't press it, don't
 * use it) and the way to a service centre, not a priority person and a home-visit ticket. It is a
 * danger for a person when the battery also smokes, hisses, is very hot, burns, smells or leaks,
 * or when any other hazard is in the message.
 */
import { readDanger } from './hazards';

/** Signs that the swollen battery is failing now, not only swollen. */
const FAILING_NOW =
  /烫|很热|好热|发热|热得|冒烟|烟|火|嘶|滋滋|咝|焦|糊|异味|怪味|漏液|爆|\bhot\b|\bheat\w*|\bwarm\b|\bsmok\w*|\bfire\b|\bflames?\b|\bburn\w*|\bhiss\w*|\bsizzl\w*|\bsmell\w*|\bleak\w*|\bexplod\w*|\bpop(?:s|ped|ping)?\b(?! ?(?:up|out|off|open|apart))/i;

/** This message's only danger is a swollen battery, with no sign that it is failing now. */
export function swellingOnly(text: string): boolean {
  const danger = readDanger(text);
  if (danger.hazards.length !== 1 || danger.hazards[0] !== 'battery') return false;
  const present = danger.mentions.filter((m) => m.status === 'present');
  return present.every((m) => m.cue === 'swollen battery' || m.cue === 'swelling device') && !FAILING_NOW.test(text);
}
