/**
 * Questions during self-help that name a thing the steps speak of in other words: "要拿盆接水吗",
 * "要不要垫毛巾", "will water come out?", "should I put a bowl under it?" are all about catching the
 * water, which a step says as "下面垫毛巾、接个盆" or "into a bowl over a towel". The customer's words
 * rarely match the step's literally, so each concept pairs how it is asked with how a step says it;
 * the step is then quoted back (case-follow-up.ts), never a guess.
 */

interface StepConcept {
  /** How a customer asks about it, in either language. */
  asked: RegExp;
  /** How a step or safety line says it. */
  said: RegExp;
}

const CONCEPTS: StepConcept[] = [
  // Catching the water that comes out: a bowl, a tray, towels on the floor.
  {
    asked:
      /盆|桶|托盘|容器|接水|毛巾|抹布|垫(?:点|些|个|什么|东西|布)|(?:水|东西)[^，。？?]{0,6}(?:流出|出来|淌|漏出|洒|溅)|弄湿|湿一地|\b(?:bowls?|basins?|buckets?|trays?|pans?|containers?|towels?|cloths?|rags?)\b|\bwater\b[^.?!]{0,25}\b(?:come|comes|coming|run|runs|pour|pours|spill|spills|leak|leaks|gush\w*)\b|\bcatch (?:the )?water\b|\bwet (?:the )?floor\b/i,
    said: /盆|托盘|毛巾|接水|\b(?:towels?|bowls?|trays?|basins?|buckets?)\b/i,
  },
  // Tools: a coin, a screwdriver, nothing special.
  {
    asked: /工具|螺丝刀|起子|扳手|钳子|硬币|\b(?:tools?|screwdriver|spanner|wrench|pliers|coin)\b/i,
    said: /工具|螺丝刀|起子|扳手|钳子|硬币|\b(?:tools?|screwdriver|spanner|wrench|pliers|coin)\b/i,
  },
];

/** Whether the question asks about a thing a concept covers (then the case's own steps answer first). */
export function asksAboutStepThing(question: string): boolean {
  return CONCEPTS.some((c) => c.asked.test(question));
}

/** The first line that says what the question asks about, in the case's own words. */
export function lineSayingConcept<T extends { line: string }>(question: string, lines: T[]): T | undefined {
  for (const concept of CONCEPTS) {
    if (!concept.asked.test(question)) continue;
    const found = lines.find(({ line }) => concept.said.test(line));
    if (found) return found;
  }
  return undefined;
}
