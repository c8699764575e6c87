/**
 * Whether a fault case is about something that can hurt people: gas, mains electricity, heating
 * elements, fire, or water near power. Such a case must carry a safety note, so a customer reading
 * its steps also reads what not to do.
 *
 * A case is "about" a hazard when its title, symptoms or causes speak of it; the steps are the
 * advice, not the topic (and every step list says "unplug", which is no topic at all). Hazard
 * events a customer reports (a gas smell, a shock, smoke, sparks, a swollen battery) use the same
 * safety lexicon the bot uses to make a turn P1, so the two never disagree about what is dangerous.
 */
import { findHazardMentions } from '../../bot/understanding/hazards';
import type { SafetyHazard } from '../../bot/understanding/types';
import type { FaultCase } from '../case-schema';

export type HazardTopic = 'gas' | 'electricity' | 'heating-element' | 'fire' | 'water-near-power';

export const HAZARD_TOPICS: readonly HazardTopic[] = ['gas', 'electricity', 'heating-element', 'fire', 'water-near-power'];

export const HAZARD_TOPIC_LABELS: Record<HazardTopic, { zh: string; en: string }> = {
  gas: { zh: '燃气', en: 'gas' },
  electricity: { zh: '用电', en: 'electricity' },
  'heating-element': { zh: '加热元件', en: 'heating elements' },
  fire: { zh: '明火或烟', en: 'fire or smoke' },
  'water-near-power': { zh: '水靠近电源', en: 'water near power' },
};

const FROM_SAFETY_LEXICON: Record<SafetyHazard, HazardTopic> = {
  gas: 'gas',
  carbon_monoxide: 'gas',
  electric: 'electricity',
  water_electric: 'water-near-power',
  // A vessel under pressure is a heated one; its note is about heat and venting.
  pressure: 'heating-element',
  sparks: 'electricity',
  fire: 'fire',
  smoke: 'fire',
  burning: 'fire',
  explosion: 'fire',
  battery: 'fire',
};

/** Topic words a case is written in (the customer-report lexicon only knows events, not subjects). */
const TOPIC_CUES: { topic: HazardTopic; pattern: RegExp }[] = [
  {
    topic: 'gas',
    pattern: /燃气|煤气|天然气|液化气|液化石油气|沼气|点火|火焰|熄火|一氧化碳|\bgas\b(?!\s*(?:spring|strut|pedal))|\blpg\b|\bignit\w*|\bflames?\b|\bpilot\s+light\b|carbon\s+monoxide|\bburners?\b/iu,
  },
  // Mains supply and wiring; a sensor's plug (传感器插头, sensor plug) is an internal connector, not the mains.
  {
    topic: 'electricity',
    pattern:
      /漏电|触电|麻手|跳闸|空开|空气开关|电闸|断路器|插座|(?<!传感器|感温包|信号)插头|电源线|电线|线路|接地|地线|(?<!电池.{0,4})电压|(?<![开断]路或)短路|绝缘|\bsockets?\b|\boutlets?\b|(?<!sensor\s)\bplugs?\b(?!\s+(?:it\s+)?in\b)|\bpower\s+(?:cord|cable|lead|supply)\b|\bmains\b|\bwiring\b|\b(?:interconnect\w*|connecting)\s+cable\b|\bbreakers?\b|\brcds?\b|\bearth(?:ed|ing)?\b|\bground(?:ed|ing)\b|\bvoltage\b|(?<!open\s+or\s+)\bshort\s+circuit\b|\binsulation\b|\bshocks?\b(?!\s+absorb)|\bcurrent\s+leak\w*|\bleaks?\s+current\b/iu,
  },
  {
    topic: 'heating-element',
    pattern:
      /加热管|发热管|电热管|加热器|加热丝|电热丝|发热丝|发热盘|加热盘|加热元件|发热体|干烧|电热水器|\bheating\s+(?:element|plate|coil)s?\b|\bheater\s+(?:element|coil|plate)s?\b|\belements?\b|\bhot\s?plates?\b|\bwarming\s+heater\b|\bdefrost\s+heater\b|\bdry[\s-]?(?:fire|heat)\w*|\belectric\s+water\s+heater\b/iu,
  },
  {
    topic: 'fire',
    pattern:
      /着火|起火|明火|火苗|冒烟|烟雾|焦味|焦糊|烧焦|火花|打火|爆燃|回火|\bfire\b|\bsmok(?:e|es|ing)\b|\bburn(?:ing|t)\b|\bsparks?\b|\bsparking\b|\barcing\b|\bscorch\w*|\bflash(?:es)?\s+back\b/iu,
  },
  {
    topic: 'water-near-power',
    pattern:
      /漏水|渗水|滴水|积水|溢水|溢出|(?:手机|机身|内部|电路|主板|插座|电源)进水|进了水|泡水|泡了水|落水|掉(?:进)?水里|淋雨|受潮|水渍|\bwater\b.{0,20}\b(?:leak|drip|pool|puddl|overflow|flood|spill)\w*|\b(?:leak|drip|pool|puddl|overflow|flood|spill)\w*\b.{0,20}\bwater\b|\bpuddles?\b|\bsubmerged\b|\bwater\s+damage\b|\bgot\s+wet\b|\bgets\s+wet\b|\bliquid\s+inside\b|\bdamp\s+(?:wiring|control|panel|board)\b/iu,
  },
];

export interface HazardFinding {
  topic: HazardTopic;
  /** The words that made the case about it. */
  evidence: string;
}

/** The hazards a fault case is about, each with the words that showed it, in HAZARD_TOPICS order. */
export function hazardTopics(entry: FaultCase): HazardFinding[] {
  const text = [entry.title.zh, entry.title.en, ...entry.symptoms.zh, ...entry.symptoms.en, ...entry.causes.zh, ...entry.causes.en].join('\n').normalize('NFKC');
  const found = new Map<HazardTopic, string>();
  if (entry.category === 'gas_stove') found.set('gas', entry.title.zh);
  // Any mention not ruled out counts: a case's "if you smell gas" is about gas all the same.
  for (const mention of findHazardMentions(text)) {
    if (mention.status === 'negated') continue;
    const topic = FROM_SAFETY_LEXICON[mention.hazard];
    if (!found.has(topic)) found.set(topic, mention.evidence);
  }
  for (const { topic, pattern } of TOPIC_CUES) {
    if (found.has(topic)) continue;
    const m = pattern.exec(text);
    if (m) found.set(topic, m[0]);
  }
  return HAZARD_TOPICS.filter((t) => found.has(t)).map((topic) => ({ topic, evidence: found.get(topic)! }));
}
