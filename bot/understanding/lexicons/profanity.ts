/**
 * Profanity in both languages: a strong anger signal, flagged so brains never echo it.
 *
 * Where the words come from: written by the team from general knowledge of Chinese and English
 * swearing (and its chat spellings: tmd, cnm, sb, f***) as customers use it at a service desk. No
 * entry was taken from or checked against a scored dataset (evals/sentiment/datasets.ts);
 * test/understanding/lexicon-provenance.test.ts checks this.
 */
export const PROFANITY = /他妈|妈的|(?<![a-z0-9])tmd(?![a-z0-9])|操你|草泥马|(?<![a-z0-9])cnm(?![a-z0-9])|傻逼|(?<![a-z0-9])sb(?![a-z0-9])|狗日|王八蛋|滚蛋|死光|尼玛|\bf+u+c+k+\w*|\bf\*+\w*|\bshit\w*|\bwtf\b|\bbullshit\b|\bdamn\b|\bbastards?\b|\bassholes?\b|\bcrap\b|\bpissed\b/i;

/**
 * Family words that hold 妈 before 的 or after 他 without any swearing: "我爸妈的空调" (my parents'
 * air conditioner), "老妈的手机", "他妈妈" (his mother). Taken out before PROFANITY is tested and
 * before feeling is scored, so a customer helping their parents is not read as cursing us.
 */
export const FAMILY_MA = /[他她]?妈妈|[爸我俺咱老大姑姨舅婶干后奶岳她]妈(?=的|家|那)/g;
