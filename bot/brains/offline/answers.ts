/** Yes / no / "it worked" in the way customers say them, in Chinese and English. */
const YES = /^(是|是的|对|对的|没错|嗯+|好的?|可以|行|确认|确定|ok|okay|yes|yep|yeah|y|correct|right|sure|confirm(ed)?)[\s!！。.~～]*$/i;
const NO = /^(不是|不对|错了|不|否|no|nope|n|wrong|not quite|incorrect)[\s!！。.,，~～]*/i;
const FIXED = /(好了|解决了|可以了|恢复了|正常了|搞定|有用|管用|有效|谢谢.*(好|行)|it works|works now|fixed|solved|that helped|helped|resolved|working again|all good)/i;
const NOT_FIXED = /(没用|不管用|没效果|还是(不行|不|没|一样|老样子)|依然|仍然|照样|没解决|不行|试过了|still|didn'?t (help|work)|doesn'?t work|not (working|fixed|helpful)|no luck|same problem|no change)/i;

export function saysYes(text: string): boolean {
  return YES.test(text.trim());
}

export function saysNo(text: string): boolean {
  return NO.test(text.trim()) && !saysYes(text);
}

export function saysFixed(text: string): boolean {
  return FIXED.test(text) && !NOT_FIXED.test(text);
}

export function saysNotFixed(text: string): boolean {
  return NOT_FIXED.test(text);
}
