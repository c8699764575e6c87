/**
 * Politeness and self-blame that carry no feeling about us: "不好意思" (is not 不好), "怪我", "我的错",
 * "my bad" (is not bad), "my fault", "sorry for the confusion". A customer correcting their own slip
 * ("不好意思 我看错了 是E3", "sorry my bad, it's the dryer") is calm; these are taken out before scoring,
 * so complaint words said alongside ("不好意思，你们服务太差了") still count.
 *
 * Where the words come from: written by the team from how customers of appliance and phone after-sales
 * apologise for their own slips in chat. No entry was taken from or checked against a scored dataset.
 */
export const SELF_BLAME =
  /不好意思|怪我|是我(?:自己)?的(?:错|问题|失误)|我的(?:错|失误)|(?<!你们?|他们?|师傅|客服|工程师)(?:我)?(?:看|说|打|写|记|填|搞|弄)错了?|\bmy (?:bad|fault|mistake|apologies|error)\b|\b(?:sorry|apologies) (?:for|about) (?:the|that|my) (?:confusion|mix-?up|mistake|typo|error)\b|\bi (?:was wrong|misread|mistyped|got it wrong|made a (?:mistake|typo))\b|\bmy (?:own )?(?:typo|slip)\b/gi;
