/**
 * Damage our own people did, heard in our words: who did it (the installer, the delivery crew, the
 * engineer), that it should not have happened, the complaint on a ticket with when someone calls,
 * and what the person handling it needs: when it happened, who came, photos. Never the fault
 * questions, never a promise of compensation (a person decides it after checking).
 */
import type { Lang } from '../phrases';
import type { DamageByUs } from '../understanding/damage-by-us';

const WHO: Record<DamageByUs['by'], { zh: string; en: string; job: { zh: string; en: string } }> = {
  installer: { zh: '安装师傅', en: 'our installer', job: { zh: '安装', en: 'installed' } },
  delivery: { zh: '送货的师傅', en: 'our delivery crew', job: { zh: '送货', en: 'delivered' } },
  engineer: { zh: '上门的工程师', en: 'the engineer we sent', job: { zh: '上门', en: 'came' } },
};

/** Said when the complaint is filed: `by` is when the person calls, in words. */
export function damageHeard(d: DamageByUs, lang: Lang, ticket: string, by: string, whoPays: boolean): string {
  const who = WHO[d.by];
  if (lang === 'zh') {
    return [
      `非常抱歉，${who.zh}给您造成了损坏${d.mess ? '，还把家里弄得一团乱' : ''}，这是我们的责任，本不该发生。`,
      `我已经按服务投诉登记，工单号 ${ticket}，专人会在 ${by} 前联系您处理。`,
      whoPays ? '损失由谁承担、怎么处理，要由处理的同事核实情况后按规定答复您，我这里不能替他们承诺。' : '',
      `为了尽快跟进，麻烦告诉我：大概是哪天${who.job.zh}的、来的是哪位师傅（姓什么或当时的工单号都行）；损坏处有照片的话也请发过来。想直接跟人工客服说，回复“转人工”就行。`,
    ].join('');
  }
  return [
    `I'm very sorry: ${who.en} caused damage${d.mess ? ' and left a mess' : ''}, which is on us and should never have happened.`,
    `I've recorded it as a service complaint, ticket ${ticket}; a dedicated person will contact you by ${by}.`,
    whoPays ? 'Who pays for the damage, and how, is decided by that person once they have checked what happened, under our rules; I cannot promise it either way here.' : '',
    `To help them move quickly, could you tell me roughly when we ${who.job.en} and who came (a name or the job's ticket number), and send photos of the damage if you have them? If you'd rather talk to a person now, reply "human".`,
  ]
    .filter(Boolean)
    .join(' ');
}
