/**
 * What a display code means, said from the case just given for it ("三星洗衣机5C/5E：排水故障" ->
 * "「5C」表示排水故障"), or honestly when no case for it was found: the meaning depends on brand
 * and model, an engineer reads it on site. Never "no reliable information" for a code whose case
 * is on the screen (issue 16).
 *
 * Only a case written for the code speaks for it: the symptom case the customer was given before
 * they mentioned the code ("no hot water") is no meaning of the code, and saying "E1 means: no hot
 * water" would hand their own complaint back as a diagnosis (playtest round 15).
 */
import type { Lang } from '../phrases';
import { brandName, carriedIn, categoryName, serviceWords } from './wording';

/** The meaning part of a case title: after its "：" / ": ", else the whole title. */
export function meaningOfTitle(title: string): string {
  const cut = title.search(/[：:]\s*/);
  return (cut >= 0 ? title.slice(cut).replace(/^[：:]\s*/, '') : title).trim();
}

/**
 * Whether a case title is written for this code: every code case names its code in its title
 * ("海尔电热水器E1：干烧保护"); "E1" also as "E-1", never inside "E10".
 */
export function titleNamesCode(title: string, code: string): boolean {
  const letters = code.replace(/[^A-Za-z0-9]/g, '');
  if (!letters) return false;
  const loose = letters.split('').join('[-\\s]?');
  return new RegExp(`(?<![A-Za-z0-9])${loose}(?![A-Za-z0-9])`, 'i').test(title);
}

/** The reply to "what does the code mean": from the case title when a case was given for that code. */
export function codeMeaningReply(code: string, category: string | undefined, caseTitle: string | undefined, lang: Lang, brand?: string): string {
  const product = categoryName(category, lang);
  if (caseTitle && titleNamesCode(caseTitle, code)) {
    const meaning = meaningOfTitle(caseTitle);
    const repair = carriedIn(category) ? { zh: '我可以帮您登记送修。', en: 'I can register a repair for you.' } : { zh: '我可以帮您预约工程师上门。', en: 'I can book an engineer visit.' };
    return lang === 'zh'
      ? `「${code}」在这台${product}上表示：${meaning}。处理方法就是上面那几步，按顺序试一下；试过还不行的话，${repair.zh}`
      : `On this ${product}, "${code}" means: ${meaning}. The steps above are what to do about it; if they don't clear it, ${repair.en}`;
  }
  const service = serviceWords(category);
  // The brand already said is not asked again: its code list is what we lack.
  if (brand) {
    const whose = lang === 'zh' ? `${brandName(brand, 'zh')}${product}` : [brandName(brand, 'en'), product].filter(Boolean).join(' ');
    return lang === 'zh'
      ? `「${code}」的意思每个品牌都不一样，我这里没有${whose}的代码资料，无法确认它在您这台机器上的含义，不想给您乱猜。先断电几分钟再开机，看代码还在不在；还在的话，${service.needs.zh}，工程师检测时会读出确切原因。${service.offer.zh}`
      : `What "${code}" means differs from brand to brand, and I have no code list for your ${whose}, so I can't confirm what it means on yours, and I won't guess. Switch it off for a few minutes and on again to see whether the code comes back; if it does, ${service.needs.en}, and the engineer reads the exact cause when checking it. ${service.offer.en}`;
  }
  return lang === 'zh'
    ? `「${code}」的具体意思要看品牌和型号，我这里没有这台${product}的代码资料，无法确认它的含义，不想给您乱猜。工程师检测时会读出确切原因；告诉我品牌或型号的话，我也可以再查一次。`
    : `What "${code}" means depends on the brand and model, and I have no code list for this ${product}, so I can't confirm what it means, and I won't guess. An engineer reads the exact cause when checking it; if you tell me the brand or model, I can look again.`;
}
