/** Profanity in both languages: a strong anger signal, flagged so brains never echo it. */
export const PROFANITY = /他妈|妈的|tmd|操你|草泥马|cnm|傻逼|sb(?![a-z])|狗日|王八蛋|滚蛋|死光|尼玛|\bf+u+c+k+\w*|\bf\*+\w*|\bshit\w*|\bwtf\b|\bbullshit\b|\bdamn\b|\bbastards?\b|\bassholes?\b|\bcrap\b|\bpissed\b/i;
