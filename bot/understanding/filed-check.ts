/**
 * Asking whether the request just filed went in ("提交成功了吗", "登记上了没", "报上了吗", "did it go
 * through?", "so is it booked?"). Right after filing, this is about that ticket: its number and
 * what happens next, never a knowledge search (the words "提交" or "go through" find unrelated
 * answers there). Callers check that something was filed in this conversation.
 */
export const ASKS_IF_FILED = new RegExp(
  [
    // 提交成功了吗, 登记上了没, 报上了吗, 约好了没有, 工单生成了吗, 单子下了没
    '(?:提交|登记|报修|报|预约|约|申请|下单|工单|单子|记录)(?:上|好|成功|成|进去|下来|生成|建)(?:了)?(?:没有?|吗|么|嘛|不|没呀|没啊|了吗|了没)',
    // 提交了吗, 你登记了没有, 到底报修了没
    '(?:提交|登记|报修|预约|受理|记录)了(?:吗|么|嘛|没有?)',
    // 成功了吗, 搞定了没, 办好了吗
    '(?:成功|搞定|办好|弄好|办妥|登记好)(?:了)?(?:吗|么|嘛|没有?)',
    // 是不是已经提交了, 已经报上了吧
    '(?:是不是|有没有|到底)(?:已经)?(?:提交|登记|报上|报修|约上|预约)',
    '已经(?:提交|登记|报上|约上|预约)(?:成功)?了(?:吧|吗|么|没|嘛)',
    // 工单号是多少, 单号呢, 有工单号吗
    '(?:工单号|单号|工单编号)(?:是多少|是啥|是什么|呢|多少|发我|给我|有吗)',
    '有(?:没有)?(?:工单号|单号)',
    // did it go through, has it been filed, did you book it
    '\\b(?:did|has|have) (?:it|that|this|the (?:request|repair|booking|ticket|order|form)|my (?:request|repair|booking|ticket|form)) (?:go through|gone through|get (?:through|filed|submitted|booked|registered|logged)|been (?:filed|submitted|booked|registered|logged|created|received|sent|processed|accepted)|work(?:ed)?)\\b',
    '\\b(?:is|was) (?:it|that|this|my (?:request|repair|booking|ticket)|the (?:request|repair|booking|ticket)) (?:now )?(?:filed|submitted|booked|registered|logged|done|confirmed|received|through|sent|in the system|accepted|created)\\b',
    "\\b(?:so )?(?:it'?s|that'?s) (?:booked|filed|submitted|done|confirmed|registered)(?: then| now)?\\s*\\?",
    '\\b(?:did|have) you (?:actually )?(?:file|submit|book|register|log|create|put in|send)\\b',
    '\\b(?:am i|are we) (?:booked|all set|sorted|registered)\\b',
    "\\bwhat(?:'s| is) (?:my|the) (?:ticket|reference|booking) (?:number|no|#)",
    '\\b(?:any|got a|is there a) (?:ticket|reference|booking) (?:number|no)\\b',
  ].join('|'),
  'i',
);

/** Whether the message asks if the request went in. */
export function asksIfFiled(text: string): boolean {
  return ASKS_IF_FILED.test(text);
}

/** "那接下来呢", "然后我等着就行吗", "what happens now?" once a request is filed: its next step is the answer. */
const WHAT_NEXT =
  /^(?:那|那么|好的|好|行|嗯|ok(?:ay)?|so|and|right)?[\s,，.]*(?:(?:接下来|然后|下一步|之后)(?:呢|怎么办|怎么弄|干嘛|做什么|要做什么|等什么|我(?:要|需要)?(?:做|干)(?:什么|啥))|(?:我)?(?:就)?(?:等着|等)(?:就行|就可以|就好)了?(?:吗|么|嘛)?|what (?:happens )?(?:next|now)|what do i do (?:now|next)|then what|what'?s next|now what|how long (?:do i|will i|should i) (?:have to )?wait|do i just wait)[\s?？!！。.呢啊呀]*$/i;

/** Whether the message asks what happens next. */
export function asksWhatNext(text: string): boolean {
  return WHAT_NEXT.test(text.trim());
}
