/**
 * A question about routine care, not a fault: "热水器要不要定期排污", "冰箱多久除一次霜",
 * "should I descale the coffee machine", "how often do I clean the dishwasher filter". It is
 * answered from a care entry that speaks of the same task, or honestly not at all (the manual, a
 * person): never with a fault case or a care entry for another task (draining is not the anode rod).
 */

/** One routine care task, with the words that name it in a question and in an answer. */
export interface CareTask {
  task: 'drain' | 'descale' | 'defrost' | 'clean' | 'replace' | 'refrigerant' | 'service';
  /** Words an answer must hold to speak of this task. */
  covers: RegExp;
}

/** Tasks, most specific first: "清洗水垢" is descaling, "清洗滤网" cleaning. */
const TASKS: [RegExp, CareTask][] = [
  [/排(?:一次|一下)?污|排水|放水|排空|放空|冲洗内胆|\bdrain\w*|\bflush\w*|\bempty(?:ing)? (?:the |it )/i, { task: 'drain', covers: /排污|排水|放水|排空|放空|冲洗|\bdrain\w*|\bflush\w*|\bempty/i }],
  [/除(?:一次|一下)?(?:水)?垢|水垢|去垢|\bdescal\w*|\blimescale\b|\bscale build/i, { task: 'descale', covers: /除垢|水垢|\bdescal\w*|\blimescale\b|\bscale\b/i }],
  [/除(?:一次|一下)?霜|化霜|结霜|结冰|\bdefrost\w*|\bfrost\b|\bice build/i, { task: 'defrost', covers: /除霜|化霜|结霜|\bdefrost\w*|\bfrost\b/i }],
  [/加氟|加冷媒|加雪种|\brefrigerant\b|\bre-?gas\w*|\btop(?:ping)? up (?:the )?gas\b/i, { task: 'refrigerant', covers: /氟|冷媒|\brefrigerant\b|\bgas\b/i }],
  [
    /换(?:一下|一次)?(?:滤芯|滤网|镁棒|电池|密封圈)|(?:滤芯|镁棒|滤网|密封圈)[^，,。？?]{0,6}(?:换|更换)|\breplac\w* (?:the )?(?:filter|cartridge|anode|rod|seal)s?\b|\b(?:filter|cartridge|anode rod)s?\b.{0,20}\breplac\w*/i,
    { task: 'replace', covers: /换|更换|\breplac\w*|\bchange\w*/i },
  ],
  [
    /清洗|清洁|清理|擦洗|洗一下|洗洗|洗(?:滤网|滤芯|滚筒|内筒|油网|过滤)|\bclean\w*|\bwash(?:ing)? (?:the |its )?(?:filter|drum|tub|seal|grease)|\bwipe\b/i,
    { task: 'clean', covers: /清洗|清洁|清理|擦|洗|\bclean\w*|\bwash\w*|\bwipe\w*|\brinse\w*/i },
  ],
  [/保养|维护|\bmaintenance\b|\bservic(?:e|ing) (?:it|the|my)\b|\bcheck-?up\b|\bmaintain\b/i, { task: 'service', covers: /保养|维护|\bmaintenance\b|\bservic\w*|\bcheck\w*/i }],
];

/** Asking whether, or how often, to do it: 要不要, 需不需要, 多久…一次, 定期, should I, how often, do I need to. */
const ROUTINE =
  /要不要|需不需要|需要不需要|用不用|有没有必要|必须要?|需要(?:定期|经常|每年|每个月)?[^，,。？?]{0,10}(?:吗|么|嘛)|(?:多久|多长时间|多少天|几个月|几天|多少个?月|每隔多久)[^，,。？?]{0,8}(?:一次|一回|换|洗|清|排|除)|定期|经常|每年|每个?月|每半年|怎么保养|如何保养|保养|(?:怎么|怎样|如何)(?:自己)?(?:清洗|清洁|清理|除霜|化霜|除垢|除水垢|排污|放水|换滤芯)|得(?:要)?[^，,。？?]{0,6}(?:吗|么|嘛)|\bhow often\b|\bshould (?:i|we)\b|\bdo (?:i|we) (?:need|have) to\b|\bdoes (?:it|the \w+(?: \w+)?) need\b|\bis it (?:necessary|needed|worth|ok|okay|a good idea)\b|\bneed(?:s)? to be\b|\bregular(?:ly)?\b|\broutine\b|\bevery (?:year|month|few|\d+)\b|\bonce a (?:year|month|week)\b|\bmaintenance\b|\bhow (?:do|should|can) (?:i|we) (?:clean|descale|defrost|drain|flush|maintain)\b/i;

/** Fault words: a question about a fault ("漏水了要不要清洗") is a fault first. */
const FAULT_SIGNS =
  /坏了|不工作|不制冷|不制热|不加热|不开机|漏水|漏电|冒烟|异响|报错|显示[A-Za-z]?\d|故障|代码|不出水|不排水|排不出|排不了|不脱水|[A-Za-z]\d{1,2}\b|\bbroken\b|\bnot (?:working|cooling|heating|draining)\b|\bwon'?t (?:drain|start|work|turn on)\b|\bleak\w*|\berror\b|\bcode\b|\bstopped\b/i;

/** The care task a routine-care question asks about, if the message is one. */
export function careTask(text: string): CareTask | undefined {
  if (!ROUTINE.test(text) || FAULT_SIGNS.test(text)) return undefined;
  return TASKS.find(([words]) => words.test(text))?.[1];
}

/** Whether an answer's words speak of the task asked about (a drain question is not answered by the anode-rod text). */
export function careCovered(task: CareTask, answer: string): boolean {
  return task.covers.test(answer);
}
