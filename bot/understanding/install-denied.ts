/**
 * Installation named only to say it is not what is asked: "修漏水要多少钱，不是问安装", "not the
 * install, the repair", "跟安装没关系". Read as an installation question, such a message got the
 * installation fee rules; with the denied mention taken out, what is left is what was asked.
 */
const DENIED_INSTALL =
  /(?:不是|并不是|不问|没问|不是问|我问的不是|而不是|不是说)\s*(?:新机|新)?(?:安装|装机|装的|移机)(?:费|的费用|的钱|的|费用)?|(?:跟|和|与)(?:安装|装机)(?:费)?(?:没|无)关(?:系)?|\b(?:not|isn'?t|wasn'?t|never|nothing to do with)\s+(?:about\s+|asking about\s+)?(?:the\s+|an?\s+|any\s+)?(?:new\s+)?install\w*(?:\s+(?:fee|fees|cost|costs|charge|charges))?/gi;

/** The message without its denied installation mentions. */
export function withoutDeniedInstall(text: string): string {
  return text.replace(DENIED_INSTALL, ' ');
}
