/**
 * Words said around a date that add nothing to it: hedges, particles, "it was", a correction's
 * opening words. purchase-date.ts takes them out to see whether a message is just a date;
 * date-year-joins.ts lets them stand between a year and the season or month it qualifies.
 */
// Words that leave a message "just a date" (大概是前年夏天吧 / I think it was last May).
// A correction's opening words too ("oh wait no, it was 2023", "不对不对 是前年"): the date still stands alone.
export const DATE_FILLER =
  /不对|说错了|记错了|搞错了|等等|等下|大概|大约|应该是?|好像是?|可能是?|我记得|记得是?|印象中|差不多|估计|貌似|似乎|具体|哪天|哪一天|忘了|记不清了?|不记得了?|左右|前后|上下|那会儿?|的时候|时候|是|在|吧|的|了|啊|呀|哦|噢|嗯|呢|吗|就|也|我|那|这|个|约|哈|额|呃|\b(?:oh|wait|no|nope|oops|sorry|actually|my bad|i think|i believe|i guess|i'm not sure|not sure|maybe|probably|perhaps|around|about|roughly|approximately|sometime|some time|it was|was|it's|its|in|on|at|back|i|it|we|think|guess|believe|like|the|of|yeah|yes|yep|um+|uh+|hmm+|ish|or so|so|sure|pretty|quite|i'm|im|that|this|ago)\b/gi;
