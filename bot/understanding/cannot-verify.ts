/**
 * The customer cannot prove which ticket is theirs: no ticket number, the text code never came, the
 * booking phone forgotten ("短信没收到", "工单号找不到", "手机号不记得了", "the code never arrived", "I don't
 * have the ticket number"). A job that needs the ticket then goes to a person instead of asking again.
 */
const ZH =
  /(?:没|没有|未)(?:收到|看到|接到)(?:短信|验证码|信息|码)|(?:短信|验证码|码)(?:一直|还是|也)?(?:没|没有|收不到|没收到|不来|没来)|收不到|(?:工单号|单号|编号|手机号|号码|电话)(?:也|都)?(?:不知道|找不到|没有|忘了|不记得|记不得|想不起)|(?:不知道|找不到|忘了|不记得|记不清)(?:了)?(?:工单号|单号|编号|手机号|号码|是哪个号)/;
const EN =
  /\b(?:don'?t|do not|didn'?t|did not|never) (?:have|know|get|got|receive|remember|recall)\b.{0,30}\b(?:number|code|ticket|text|sms|message)|\b(?:code|text|sms|message)\b.{0,20}\b(?:never (?:came|arrived|showed)|didn'?t (?:come|arrive)|hasn'?t (?:come|arrived)|not (?:arrived|received))|\bcan'?t (?:find|remember|recall)\b.{0,20}\b(?:number|ticket|code|phone)|\b(?:lost|deleted) (?:the |my )?(?:text|sms|message|ticket number)/i;

export function cannotVerify(text: string): boolean {
  return ZH.test(text) || EN.test(text);
}
