/**
 * Plainly not after-sales, whatever product was talked about before: the weather, whether a road
 * is open, asked as a question ("高速封路了吗", "is the motorway closed"; a road told as the reason the
 * engineer was late is no such question), or advice on which product to buy ("这两天会下雪吗", "买哪款笔记本好", "is it going to rain", "which laptop
 * should I get"). It gets a short, friendly decline: nothing looked up in the knowledge base, no
 * person offered. Read by the intent cues and by the rule that keeps a question in a conversation
 * about a product (commands-from-rules.ts), so both see the same words.
 */
export const OFF_TOPIC_ZH =
  /天气|封路(?:了吗|了没|没|吗|了么|没有)|封没封|路况(?:怎么样|咋样|如何|好吗)|(?:高速|国道|省道|公路)[^，。？?]{0,8}(?:封了吗|封了没|封没|封不封|通不通|通车了?吗|能走吗|好走吗)|(?:会不会|会|要|下不下)下?[雨雪](?![天季水])|下[雨雪](?:吗|么|不)|台风|(?:买|入手|选)(?:哪[个款部台只]|什么)(?:手机|电脑|笔记本|平板|电视|耳机|相机)?(?:好|比较好|合适|划算|值)|(?:手机|电脑|笔记本|平板|耳机|相机)[^，。？?]{0,8}(?:值不值得|值得|值不值)(?:买|入手|换)/;
export const OFF_TOPIC_EN =
  /\bweather\b|\btraffic (?:reports?|updates?|conditions?|news)\b|\b(?:is|are) (?:the |there )?(?:[\w-]+\s+){0,3}(?:roads?|motorways?|highways?|freeways?|expressways?|interstates?)\s+(?:[\w-]+\s+){0,4}(?:closed|shut|open|blocked)\b|\b(?:road|motorway|highway|freeway) closures?\b|\bforecast\b|\b(?:will|is) it (?:going to |gonna )?(?:rain|snow|be sunny|be hot|be cold)\b|\bworth (?:it|buying|getting|the money) (?:over|compared to|instead of|vs\.?|rather than)\b|\b(?:which|what) (?:phone|laptop|computer|tablet|tv|camera|headphones?|earbuds|brand)\b[^.?!]{0,25}\b(?:should|would|do) (?:i|you) (?:buy|get|choose|pick|recommend)\b|\b(?:recommend|suggest)\b[^.?!]{0,15}\b(?:phone|laptop|computer|tablet|camera|headphones?)\b[^.?!]{0,15}\bto buy\b|\bshould i (?:buy|get) (?:the |an? )?[\w ]{1,25} or (?:the |an? )?[\w ]{1,25}\?/i;

/** Whether the message is plainly about something other than after-sales. */
export function plainlyOffTopic(text: string): boolean {
  return OFF_TOPIC_ZH.test(text) || OFF_TOPIC_EN.test(text);
}
