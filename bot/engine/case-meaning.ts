/**
 * What a display code means, said from the case just given for it ("三星洗衣机5C/5E：排水故障" ->
 * "「5C」表示排水故障"), or honestly when no case for it was found: the meaning depends on brand
 * and model, an engineer reads it on site. Never "no reliable information" for a code whose case
 * is on the screen (issue 16).
 */
import type { Lang } from '../phrases';
import { carriedIn, categoryName } from './wording';

/** The meaning part of a case title: after its "：" / ": ", else the whole title. */
export function meaningOfTitle(title: string): string {
  const cut = title.search(/[：:]\s*/);
  return (cut >= 0 ? title.slice(cut).replace(/^[：:]\s*/, '') : title).trim();
}

/** The reply to "what does the code mean": from the case title when a case was given for it. */
export function codeMeaningReply(code: string, category: string | undefined, caseTitle: string | undefined, lang: Lang): string {
  const product = categoryName(category, lang);
  if (caseTitle) {
    const meaning = meaningOfTitle(caseTitle);
    const repair = carriedIn(category) ? { zh: '我可以帮您登记送修。', en: 'I can register a repair for you.' } : { zh: '我可以帮您预约工程师上门。', en: 'I can book an engineer visit.' };
    return lang === 'zh'
      ? `「${code}」在这台${product}上表示：${meaning}。处理方法就是上面那几步，按顺序试一下；试过还不行的话，${repair.zh}`
      : `On this ${product}, "${code}" means: ${meaning}. The steps above are what to do about it; if they don't clear it, ${repair.en}`;
  }
  return lang === 'zh'
    ? `「${code}」的具体意思要看品牌和型号，我这里没有这台${product}的代码资料，不想给您乱猜。工程师检测时会读出确切原因；告诉我品牌或型号的话，我也可以再查一次。`
    : `What "${code}" means depends on the brand and model, and I have no code list for this ${product}, so I won't guess. An engineer reads the exact cause when checking it; if you tell me the brand or model, I can look again.`;
}
