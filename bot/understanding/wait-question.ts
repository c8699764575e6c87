/**
 * The customer asks about the wait for a person itself, not about the repair: "还要等多久", "有人吗",
 * "好久能来" (Sichuan: when can someone come), "how long", "is anyone there"; and, since a wait
 * that was told can be asked after in its own words, "马上是几分钟", "how long is 'right away'",
 * or held against us once it has passed ("说好的几分钟呢", "you said five minutes", "still no
 * one"). Answered with the estimate or the contact-by time (bot/honest-wait.ts), never with "I
 * have nothing reliable to tell you".
 */

/** The wait in the words the customer was told it ("马上", "right away", "N 分钟") asked about or held against us. */
const TOLD_WAIT =
  /(?:马上|立刻|很快|一会儿?)(?:到底|究竟)?(?:是|算|指)?(?:多久|多长时间|几分钟)|多久(?:才)?(?:算|叫)(?:马上|很快)|(?:不是|你)说(?:的|好的)?(?:马上|立刻|很快|几分钟|\d+\s*分钟|[一二两三四五六七八九十]+分钟)|说好的(?:马上|几分钟|\d+\s*分钟|[一二两三四五六七八九十]+分钟)|还是没(?:有)?人|\bhow (?:long|soon) is (?:["'“‘]\s*)?(?:right away|shortly|soon|in a moment|a minute|a few minutes|immediately)\b|\bwhat (?:does|do you mean by) (?:["'“‘]\s*)?(?:right away|shortly|soon|in a moment)\b|\byou said (?:(?:it would be|it'?d be|someone would|an agent would|a person would)\s+)?(?:\w+\s+){0,3}(?:right away|shortly|soon|immediately|in a moment|(?:a|one|\d+|two|three|four|five|ten|a few|few) (?:more )?minutes?)\b|\bstill (?:no ?(?:one|body)|nobody)\b/i;

/** "How soon will an agent pick up", "客服多久能回复": when a person will come to the chat. */
const WHEN_PERSON =
  /\bhow (?:long|soon)\b[^?.!]{0,40}\b(?:some ?(?:one|body)|an? (?:agent|person|human|representative)|the (?:agent|person|staff)|your (?:agent|staff|team)|they)\b[^?.!]{0,25}\b(?:reply|answer|respond|get back|pick (?:it |this |me )?up|join|take (?:it|this|over)|be (?:here|with me|on))\b|(?:客服|人工|真人)(?:大概|大约)?(?:要|还要|得)?(?:多久|多长时间|什么时候|几点|几分钟)(?:才)?(?:能|会|可以)?(?:来|回复|回|接|联系|上线|处理)|(?:要|得)?等几分钟/i;

/** The customer's own wait asked about (the patterns above, and the plain ones). */
const PLAIN =
  /(?:好久|多久|啥时候|什么时候|几时|几点|哪天|何时)(?:才)?(?:能|可以|会|就)?(?:派人|来人|有人)?(?:来|上门|过来)|等多久|还要(?:等)?多久|多长时间(?:才|能)?(?:有人|回复|联系)|什么时候(?:回复|联系|有人|来人)|怎么还没(?:人|回)|还没(?:人|回)|有人(?:吗|在吗|没)|人呢|在吗|how long (?:do|will|must|should|shall|am|are) (?:i|we) (?:have to |need to |be |going to be )?(?:wait|waiting)|how long (?:is|will) (?:this|it|the wait) (?:going to )?(?:take|be)|要等到(?:什么时候|几点|啥时候)|(?:还)?(?:得|要)等(?:几个|多少|多长)|等到(?:几点|什么时候)|how much longer|how long (?:is|'s) (?:the|my|this) wait|how long (?:is it|will it be) (?:now|again)?\s*(?:until|till|before|\?|$)|(?:what'?s|what is) the wait(?: time)?|how long (?:until|till|before) (?:someone|somebody|a person|an agent|they)|any(?:one|body) there|when will (?:someone|somebody|an agent|a person|they)|still waiting|are you there/i;

export const ABOUT_THE_WAIT = new RegExp(`${PLAIN.source}|${TOLD_WAIT.source}|${WHEN_PERSON.source}`, 'i');

/**
 * About a person coming to this chat (the wait told, or when someone replies here), not about a
 * call: with someone online, the estimate in minutes is the answer, not the ticket's contact-by day.
 */
export const CHAT_WAIT = new RegExp(`${TOLD_WAIT.source}|${WHEN_PERSON.source}`, 'i');
