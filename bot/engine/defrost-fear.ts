/**
 * "Is it going to explode?" asked beside an outdoor unit steaming while it heats: the customer fears
 * the white vapour, which is defrost water (lexicons/defrost-steam.ts). The honest answer is "no, and
 * this is what it is", not "I have no information on that", which leaves a frightened customer
 * thinking it might.
 */
import { defrostSteamSaid } from '../understanding/lexicons/defrost-steam';
import { findHazardMentions } from '../understanding/hazards';
import type { Lang } from '../phrases';

const REASSURANCE: Record<Lang, string> = {
  zh: '不会的。制热时外机冒的白汽是化霜产生的水汽，不是烟，化霜时室内机会停风几分钟，结束后自动恢复。只有闻到焦糊味、看到黑烟或明火，才需要马上断电并找我们。',
  en: 'No. The white vapour from the outdoor unit while heating is water from defrosting, not smoke, and the indoor fan pauses for a few minutes until it finishes. Only a burning smell, black smoke or flames mean switching off at once and contacting us.',
};

/** The reassurance, when `question` only fears a hazard and `message` tells defrost steam; otherwise undefined. */
export function defrostFearAnswer(question: string, message: string, lang: Lang): string | undefined {
  if (!defrostSteamSaid(message)) return undefined;
  const mentions = findHazardMentions(question);
  if (!mentions.length || mentions.some((m) => m.status === 'present')) return undefined;
  return mentions.some((m) => m.status === 'hypothetical') ? REASSURANCE[lang] : undefined;
}
