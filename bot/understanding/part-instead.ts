/**
 * "Just send me the part instead", "直接给我寄个新的滚轮就行": after a product arrived with a broken
 * or missing piece, the customer wants that piece sent rather than a return or exchange. A change
 * of mind to a part replacement, not a return request whose reason is the sentence itself.
 */
const SEND_PART_ZH =
  /(?:能不能|能否|可不可以|可以|能)(?:给我|帮我)?(?:单独|直接)?(?:寄|补发|补寄|发)(?:给我|我|过来)?(?:一?个|一?只|一?块|一?套|一?根|一?片|一?条)?新的?|(?:寄|补发|补寄|发给我|发我)(?:给我|我)?(?:一?个|一?只|一?块|一?套|一?根)?(?:新的?)?[^，。,.!?！？]{0,6}(?:就行|就好|就可以|就够|行吗|可以吗|吧)|(?:只要|只换|光换|单独(?:寄|发|换|补))[^，。,.!?！？]{0,4}(?:配件|零件|部件|一个|那个)|(?:补发|寄)(?:个|一个)?(?:配件|零件)/;
const SEND_PART_EN =
  /\b(?:send|post|ship|mail)\b(?: me| us)?(?: over)? (?:a |the |another )?(?:new |replacement |spare )?(?:\w+ ){0,2}?(?:part|piece|shelf|wheel|rack|basket|drawer|lid|handle|knob|tray|hose|cable|remote|cover|bracket)s?\b|\b(?:just|only) (?:want |need )?(?:a |the )?(?:new |replacement )?part\b|\breplacement part\b|\b(?:post|mail|ship)\b (?:me|us|over) (?:a )?(?:new|replacement|spare) one\b/i;

/** Whether the message asks for the broken or missing piece to be sent. */
export function wantsPartInstead(text: string): boolean {
  return SEND_PART_ZH.test(text) || SEND_PART_EN.test(text);
}
