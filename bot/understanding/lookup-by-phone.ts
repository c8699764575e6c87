/**
 * Asking to be found by phone instead of by ticket number ("能用手机号查吗", "按手机号帮我找一下",
 * "can't you look it up by my phone number?", "search by my mobile"): the lookup itself, never a
 * question for the knowledge base.
 */
export const LOOKUP_BY_PHONE =
  /((?:用|按|拿|凭|通过|根据|报)(?:我的?)?(?:手机|电话)(?:号码?)?(?:来|帮我|给我)?(?:查|找|搜|核实|定位)|(?:查|找|搜)(?:一下|下)?(?:我的?)?(?:手机|电话)(?:号码?)?(?:下|名下|对应)的?|(?:手机|电话)号?(?:码)?(?:能|可以|可不可以)?(?:查|找)(?:到|得到)?(?:吗|么|不)?|\b(?:look|find|search|check|pull)\b.{0,30}\b(?:by|with|using|from|under|via)\s+(?:my |the |this )?(?:phone|mobile|cell|number)\b|\b(?:phone|mobile) number\b.{0,20}\b(?:look (?:it |me )?up|find|search)\b)/i;

/** The ticket number is lost or unknown ("工单号找不到了", "单号忘了", "I lost the ticket number", "don't have the number"). */
export const NUMBER_LOST =
  /((?:工单|单号|编号|号码)(?:号)?.{0,4}(?:找不到|找不着|不记得|记不得|忘了|忘记了?|丢了|没了|删了|没有|没存|不知道)|(?:找不到|找不着|不记得|忘了|丢了|没有|不知道)(?:我的?)?(?:工单|单号|编号)|\b(?:lost|can'?t find|cannot find|can not find|don'?t have|do not have|forgot|no longer have|deleted|misplaced)\b.{0,25}\b(?:ticket|reference|number|booking|confirmation)\b|\b(?:ticket|reference) (?:number )?(?:is )?(?:lost|gone)\b)/i;
