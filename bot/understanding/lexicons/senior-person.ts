/**
 * Someone above the desk: a manager, a supervisor, a person who can decide. One definition, read by
 * the intent cues (asking for one is asking for a person), the demands said back on the ticket
 * (bot/engine/demands-heard.ts), the furious-repeat reader and the waiting replies
 * (escalation-asked.ts). A customer who wants "someone who can actually decide" wants a person, not
 * another answer from the bot.
 */

/** Who they are, in Chinese: 主管, 领导, 能做主的人, 说了算的, 管事的. */
export const SENIOR_ZH = String.raw`(?:领导|主管|经理|负责人|上级|老板|管事的(?:人)?|(?:能|可以)?(?:做主|做得了主|作主|拍板|说了算|拿主意|定夺)的(?:人|领导|那个)?)`;

/**
 * "PC Manager", "Task Manager", "the phone manager app": software named "manager", where customers
 * find settings (a charge limit, storage), never a person asked for. Put around the word "manager".
 */
export const NOT_SOFTWARE_BEFORE = String.raw`(?<!\b(?:pc|phone|task|device|battery|file|files|download|password|power|system|security|app|storage|display|network|package|boot|smart|connection|credential|optimi[sz]ation)\s)`;
export const NOT_SOFTWARE_AFTER = String.raw`(?!\s+(?:app|application|software|program|tool|utility|settings?)\b)`;
export const MANAGER_PERSON = String.raw`${NOT_SOFTWARE_BEFORE}\bmanagers?\b${NOT_SOFTWARE_AFTER}`;

/** Who they are, in English: a manager, someone senior, a person who can make the decision. */
export const SENIOR_EN = String.raw`(?:${NOT_SOFTWARE_BEFORE}\b(?:manager|supervisor|superior|boss|ceo|team ?lead(?:er)?|higher[- ]up)s?\b${NOT_SOFTWARE_AFTER}|\bsome(?:one|body)\s+(?:more\s+)?(?:senior|higher(?:\s+up)?|above\s+you|in charge|with (?:authority|the power|power))\b|\bperson in charge\b|\b(?:a|your|the)\s+senior(?:\s+(?:person|staff|agent|member|officer|colleague|rep(?:resentative)?))?\b|\b(?:some(?:one|body)|a person|anyone|anybody)\s+who\s+(?:can|could|is able to|is allowed to|has the authority to)\s+(?:actually\s+|really\s+)?(?:decide|make (?:a|the|any) decisions?|make decisions|approve|sort (?:this|it) out|do something)\b|\bdecision[- ]makers?\b)`;

/** Asked for ("让你们领导来", "找个能做主的人", "get me your supervisor", "I want someone senior"). */
export const ASKS_FOR_SENIOR = new RegExp(
  String.raw`(?:找|叫|要|请|让|转|给我|换|接)[^，,。！？!?]{0,6}${SENIOR_ZH}|${SENIOR_ZH}(?:呢|在哪|出来|来(?:跟|和|处理|解决|说)?)|(?:get|give|put|connect|transfer|pass|escalate|send|bring|want|need|let me (?:talk|speak)|(?:talk|speak) (?:to|with))\b[^.!?]{0,20}${SENIOR_EN}`,
  'i',
);
