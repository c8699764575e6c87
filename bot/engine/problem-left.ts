/**
 * Two problems told in one message ("the remote is dead and it drips") are both answered at once
 * (flows/second-fault.ts). When the customer then reports one of them fixed, the other is still
 * theirs: it is brought up again, briefly, with its steps or a visit, never closed with "glad it's
 * working". The frame keeps the problems so the next turn can tell which one is left.
 */
import type { Lang } from '../phrases';
import type { Frame } from './engine-state';
import { sharesWords } from './flows/second-fault';
import { carriedIn } from './wording';

export type ToldProblem = Frame['problems'][number];

/** Words that report a part working again: "好了", "正常了", "works now", "sorted". */
const WORKS_AGAIN =
  /好了|好啦|好使了|正常了|可以了|能用了|没事了|解决了|管用|不[漏滴响]了|停了|\b(?:works?|working|fixed|sorted|fine now|ok now|okay now|stopped|solved|back on|responds?|responding)\b/i;
/** A part that says it is still broken, whatever works-word it holds ("has not stopped", "还是没好"). */
const STILL_BROKEN = /还是|仍然|依然|还在|没好|没停|\b(?:not|still)\b|n['’]t\b/i;
/** "Both are fine", "都好了": nothing is left. */
const ALL_WORK = /都好了|全好了|都正常|都解决|两个都|\b(?:both|everything|all (?:of )?(?:it|them|good|fine|sorted))\b/i;
/** Where one part of a message ends and the next begins. */
const PARTS = /[,，。;；!！?？\n]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|但是|不过|那|还有|另外|\s+(?:but|and|what about|how about)\s+/i;

function names(part: string, problem: ToldProblem): boolean {
  return sharesWords(part, problem.said) || Boolean(problem.title && sharesWords(part, problem.title));
}

export interface FixReport {
  /** The problem not said to work. */
  left: ToldProblem;
  /** The message also says that one is still broken ("漏水还是那样"): it goes to a visit, not its steps again. */
  stillBroken: boolean;
}

/**
 * What a message after two answered problems says about them: one named as working again ("遥控好了",
 * "remote fixed"), or a plain "fixed" (the first answered is taken as the one that works). Undefined
 * when everything is said to work, nothing is said to work, or fewer than two problems were told.
 */
export function readFixReport(problems: readonly ToldProblem[], text: string, saidFixed: boolean, saidNotFixed: boolean): FixReport | undefined {
  if (problems.length < 2 || ALL_WORK.test(text)) return undefined;
  const parts = text.split(PARTS).filter((p) => p.trim());
  const working = problems.filter((p) => parts.some((part) => WORKS_AGAIN.test(part) && !STILL_BROKEN.test(part) && names(part, p)));
  if (!working.length) return saidFixed && !saidNotFixed ? { left: problems[1]!, stillBroken: false } : undefined;
  const left = problems.find((p) => !working.includes(p));
  return left && { left, stillBroken: saidNotFixed };
}

/** The short line that takes the working part as good news before the one left is dealt with. */
export function partWorksLine(lang: Lang): string {
  return lang === 'zh' ? '好的，这个解决了就好。' : 'Good, glad that part works now.';
}

/** The lines that bring the problem left back up: its steps again in short, or a visit for it. */
export function problemLeftLines(left: ToldProblem, lang: Lang, category: string | undefined): string[] {
  const zh = lang === 'zh';
  const out = [`${partWorksLine(lang)}${zh ? `您还说了「${left.said}」：` : ` You also mentioned "${left.said}":`}`];
  if (left.steps.length) {
    out.push(zh ? '可以先试试：' : 'Please try:');
    left.steps.slice(0, 4).forEach((step, i) => out.push(`${i + 1}. ${step}`));
    out.push(zh ? '试过之后这个好了吗？不行的话我帮您安排工程师。' : "Did that fix this one? If not, I'll arrange an engineer for it.");
  } else if (carriedIn(category)) {
    out.push(zh ? '这个需要服务中心检查，要我帮您安排送修吗？' : 'This one needs a check at a service centre. Shall I arrange that for you?');
  } else {
    out.push(zh ? '这个需要工程师上门检查，要我帮您预约吗？' : 'This one needs an engineer to look at it. Shall I book a visit for it?');
  }
  return out;
}
