/**
 * "燃气灶我自己接管子可以吗", "can I wire the water heater in myself?": doing the installation
 * oneself, asked. It reads like a fault to the intent rules (a gas pipe, a hob) and was answered
 * with "describe the fault"; it is a safety question with a firm answer: a gas appliance is
 * connected by a qualified installer or the gas company, fixed wiring by an electrician or engineer.
 */

/** The customer doing it: 自己, 自行, 我来, myself, DIY. */
const SELF = /自己|自行|亲自|我来|我们来|\bmyself\b|\bourselves\b|\bDIY\b|\bon my own\b|\bby myself\b/i;

/** Connecting or installing: the gas hose, the pipe, the wiring, fitting the unit. */
const CONNECT =
  /接(?:上|好|一下)?(?:气|燃气|煤气|天然气)?(?:管|软管|线|电|气|阀|水管)|装(?:上|好|一下)?|安装|连(?:接|上)|拉(?:根)?线|布线|走线|(?:气管|燃气管|煤气管|软管|水管|电线|线路|线)[^，,。？?]{0,6}(?:接|装|连|拉|弄|搞|整)|(?:拉|走|布)(?:一下|一根|根)?线|\bhook\w* (?:\w+ ){0,3}up\b|\bconnect\w*|\binstall\w*|\bfit(?:ting)?\b|\bwir(?:e|ing)\b|\bplumb\w*|\bput (?:it|the \w+) in\b|\bgas (?:pipe|hose|line)\b/i;

/** Asked: 行不行, 可以吗, can I, is it OK. */
const ASKS = /[?？]|行不行|可不可以|能不能|可以吗|行吗|能吗|可以吧|行吧|没问题吧|可以不|[吗么嘛][\s。!！~]*$|\b(?:can|could|may|should|is it|am i allowed|allowed to|ok to|okay to|safe to)\b/i;

/** What the firm answer is about: gas and fixed wiring (a part fitted oneself is the parts rule's). */
const GAS_OR_WIRING = /燃气|煤气|天然气|气管|灶|热水器|电线|线路|接线|拉线|\bgas\b|\bhobs?\b|\bstoves?\b|\bcooktops?\b|\bwater heaters?\b|\bboilers?\b|\bwir(?:e|ing)\b|\bcircuit\b/i;
const PART = /配件|零件|部件|滤芯|滤网|\bparts?\b|\bfilters?\b|\baccessor\w*/i;

/** Whether the message asks if the customer may connect a gas appliance, or wire one in, themselves. */
export function asksToInstallThemselves(text: string): boolean {
  return SELF.test(text) && CONNECT.test(text) && ASKS.test(text) && GAS_OR_WIRING.test(text) && !PART.test(text);
}
