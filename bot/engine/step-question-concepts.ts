/**
 * Questions during self-help that name a thing the steps speak of in other words: "要拿盆接水吗",
 * "要不要垫毛巾", "will water come out?", "should I put a bowl under it?" are all about catching the
 * water, which a step says as "下面垫毛巾、接个盆" or "into a bowl over a towel". The customer's words
 * rarely match the step's literally, so each concept pairs how it is asked with how a step says it;
 * the step is then quoted back (case-follow-up.ts), never a guess.
 */

export interface StepConcept {
  /** How a customer asks about it, in either language. */
  asked: RegExp;
  /** How a step or safety line says it. */
  said: RegExp;
}

export const STEP_CONCEPTS: StepConcept[] = [
  // Catching the water that comes out: a bowl, a tray, towels on the floor.
  {
    asked:
      /盆|桶|托盘|容器|接水|毛巾|抹布|垫(?:点|些|个|什么|东西|布)|下面(?:放|垫|接)|(?:水|东西)[^，。？?]{0,6}(?:流出|出来|淌|漏出|洒|溅)|弄湿|湿一地|流一地|一地(?:的)?水|满地|\bput\b[^.?!]{0,20}\bunder(?:neath)?\b|\b(?:bowls?|basins?|buckets?|trays?|pans?|containers?|towels?|cloths?|rags?)\b|\bwater\b[^.?!]{0,25}\b(?:come|comes|coming|run|runs|pour|pours|spill|spills|leak|leaks|gush\w*)\b|\bcatch (?:the )?water\b|\bwet (?:the )?floor\b/i,
    said: /盆|托盘|毛巾|接水|\b(?:towels?|bowls?|trays?|basins?|buckets?)\b/i,
  },
  // How to clean a part and with what: a detergent, baking soda, soaking it ("可以用洗洁精泡吗", "点样洗",
  // "can I soak it in soapy water?"), said by a step that names the cleaner or the soak.
  {
    asked:
      /洗洁精|洗涤剂|清洁剂|去油剂|去污剂|小苏打|苏打粉|梳打粉|肥皂|碱水|(?<![水进])浸(?!水|了水)|(?<![水进])泡(?!水|了水|过水|到水|沫)|(?:怎么|怎样|如何|点样|咋)(?:去)?(?:洗|清洗|清洁|清理|清)|\b(?:soap\w*|detergent|washing[- ]up liquid|dish ?soap|baking soda|bicarb\w*|degreaser|cleaning products?)\b|\bsoak\w*\b|\bhow (?:do|should|can|would) (?:i|we|you) (?:clean|wash)\b|\bbest way to (?:clean|wash)\b/i,
    said: /洗洁精|小苏打|清洁剂|去油剂|泡|\b(?:washing-up liquid|baking soda|soak\w*|detergent|soap\w*)\b/i,
  },
  // Tools: a coin, a screwdriver, nothing special.
  {
    asked: /工具|螺丝刀|起子|扳手|钳子|硬币|\b(?:tools?|screwdriver|spanner|wrench|pliers|coin)\b/i,
    said: /工具|螺丝刀|起子|扳手|钳子|硬币|\b(?:tools?|screwdriver|spanner|wrench|pliers|coin)\b/i,
  },
];

/**
 * Where a thing is: asked "在哪", "where is it", said by a place on the machine. Not a fallback for
 * finding a line (a place word alone does not say which thing), only a test that the line found for
 * the thing asked about also says where it is, so the line is the answer and not a pointer to one.
 */
export const WHERE: StepConcept = {
  // (Where to buy, send or take something is another question: a shop or a service point, not a place on the machine.)
  asked:
    /(?:在哪|哪里|哪儿|哪个位置|什么位置|什么地方)(?!买|卖|修|寄|送|能买|可以买|能修|可以修)|找不到|找不着|\bwhere\b(?! (?:can|could|do|should|would|to) (?:i |we )?(?:buy|get|order|send|take|post|bring|repair|fix))|\bcan'?t find\b|\bcannot find\b|\blocated\b/i,
  said: /左下|右下|左上|右上|下方|最下|底部|底下|背面|后面|侧面|顶部|\b(?:bottom|corner|behind|underneath|back of|front of|side of|top of)\b/i,
};

/**
 * Whether `line` says what the question asks, not merely names its topic: a bowl asked and a bowl
 * in the line, a place asked and a place said. Then the line is the answer, said as one.
 */
export function lineAnswers(question: string, line: string): boolean {
  return [...STEP_CONCEPTS, WHERE].some((c) => c.asked.test(question) && c.said.test(line));
}

/**
 * For "那个小盖子在哪" when the step says "小盖板": the line that says a place and shares a piece of
 * the thing asked about (two Chinese characters, or an English word's first five letters).
 */
export function lineSayingWhere<T extends { line: string }>(question: string, topic: string[], lines: T[]): T | undefined {
  if (!WHERE.asked.test(question) || !topic.length) return undefined;
  const pieces = topic.flatMap((w) => (/[\u4e00-\u9fff]/.test(w) ? [...w].slice(0, -1).map((_, i) => w.slice(i, i + 2)) : [w.slice(0, 5)]));
  return lines.find(({ line }) => WHERE.said.test(line) && pieces.some((p) => line.toLowerCase().includes(p)));
}

/** Whether the question asks about a thing a concept covers (then the case's own steps answer first). */
export function asksAboutStepThing(question: string): boolean {
  return STEP_CONCEPTS.some((c) => c.asked.test(question));
}

/** The first line that says what the question asks about, in the case's own words. */
export function lineSayingConcept<T extends { line: string }>(question: string, lines: T[]): T | undefined {
  for (const concept of STEP_CONCEPTS) {
    if (!concept.asked.test(question)) continue;
    const found = lines.find(({ line }) => concept.said.test(line));
    if (found) return found;
  }
  return undefined;
}
