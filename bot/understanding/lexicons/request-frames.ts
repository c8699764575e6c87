/**
 * Requests read as an action on a thing ("cancel … my order", "where is … my refund",
 * "改一下 … 地址"), not as fixed phrases: a family of verbs and a family of objects, a few words
 * apart in either order, make one intent. The families are written once, so a new way of saying
 * "change" or "order" carries to every request built from it.
 *
 * What each pair means at this desk follows evals/intent-bitext/mapping.ts: acting on or asking
 * after something already requested (an order, a visit, a refund, where it goes) is
 * ticket_status; wanting the money back is a return claim (repair_request); a payment that went
 * wrong is a complaint; reaching a person is human_request; rules, fees, ways to pay or deliver,
 * invoices and reviews are consultation; shop accounts, newsletters and buying are out_of_scope.
 *
 * Weights sit on a ladder so the more specific reading wins when two frames meet ("cancellation
 * fee" is a price question before it is a cancellation): 8 a reading that outweighs the rest (a
 * price on cancelling, being asked to write something); 5-6 a specific frame (a refund asked
 * after, a payment gone wrong, the rules of a refund); 4 a verb and its object; 1-3 an object
 * or a verb alone. A misspelt verb or object is repaired before these are read (../spelling.ts).
 */
import type { Intent } from '../types';

interface Frame {
  intent: Intent;
  weight: number;
  pattern: RegExp;
}

/**
 * `a` then `b`, with at most `gap` words between them (English). Words in `barrier` may not stand
 * between them: "want to check my refund" is not "want … refund".
 */
const then = (a: string, b: string, gap = 4, barrier?: string) => {
  const word = barrier ? `(?!(?:${barrier})(?![a-z]))[\\w']+` : `[\\w']+`;
  return `(?<![a-z])(?:${a})(?![a-z])(?:\\W+${word}){0,${gap}}?\\W+(?:${b})(?![a-z])`;
};
/** `a` and `b` a few words apart, in either order. */
const near = (a: string, b: string, gap = 4) => `${then(a, b, gap)}|${then(b, a, gap)}`;
/** `a` then `b` within `gap` characters (Chinese has no spaces to count words by). */
const zhThen = (a: string, b: string, gap = 6) => `(?:${a}).{0,${gap}}?(?:${b})`;
const zhNear = (a: string, b: string, gap = 6) => `${zhThen(a, b, gap)}|${zhThen(b, a, gap)}`;

const en = (intent: Intent, weight: number, source: string): Frame => ({ intent, weight, pattern: new RegExp(source, 'gi') });
const zh = (intent: Intent, weight: number, source: string): Frame => ({ intent, weight, pattern: new RegExp(source, 'g') });

// ---- English objects
/** Something already asked for: an order, a delivery, a booking (not "proof of purchase", "purchase date"). */
const ORDER = String.raw`what (?:i|we) (?:ordered|bought|purchased)|(?:items?|things|stuff|products?|articles?) (?:i|we) (?:ordered|bought|purchased)|orders?|(?<!of )purchases?(?! (?:date|day|time|price|receipt|invoice|proof|record))|packages?|parcels?|shipments?|deliver(?:y|ies)|bookings?|appointments?|reservations?|service calls?`;
const ADDRESS = String.raw`address(?:es)?`;
/** The money back; not the refund rules ("refund policy"), which are a question. */
const REFUND = String.raw`(?:refund\w*|reimburs\w*|(?:money|funds|cash|payment) back|(?:my|the|our) (?:money|funds|cash)|repayment|compensation|rebate|cash ?back|charge ?back)(?!\W+(?:polic|guarantee|terms|rules|conditions))`;
const INVOICE = String.raw`invoices?|bills?|billing (?:statements?|details|history)|cop(?:y|ies) of (?:my|the) receipts?`;
/** What one does with a document: ask for it, look at it, get a copy. */
const DOCUMENT_VERB = String.raw`get\w*|see|view\w*|check\w*|download\w*|send\w*|need|want|find\w*|copy|print\w*|request\w*|issu\w*|where(?:'s| is| are| can| do)?|how (?:do|can|to)|access\w*|look\w* (?:at|up|for)|locat\w*|retriev\w*|obtain\w*|receiv\w*|generat\w*`;
const ACCOUNT = String.raw`accounts?|accts?|profiles?|user ?names?|log(?:ging)?[- ]?in(?:s|to)?|sign(?:ing)?[- ]?(?:in|up|on)|(?<!wi-?fi |network |router )(?:passwords?|passcodes?)|memberships?|credentials`;
/** A person at the company, or the company's service desk as a whole. */
const PERSON = String.raw`agents?|(?:a |an |the |real |live |actual )?(?:person|people|humans?)|some(?:one|body)|staff|representatives?|reps?|operators?|employees?|advisors?|advisers?|specialists?|assistants?|consultants?|(?:customer|client|consumer) (?:service|support|care|assistance|relations|services)|(?:support|service|help|care|customer) (?:team|desk|line|department|staff|center|centre)|help ?desk|help ?line|hotline|call cent(?:er|re)|your (?:team|company|office|staff|shop|store)`;
const SERVICE_DESK = String.raw`(?:customer|client|consumer) (?:service|support|care|assistance|relations|services)|(?:support|service|help|care) (?:team|desk|line|department)|help ?desk|help ?line|hotline|call cent(?:er|re)`;

/** A bad review is a complaint, not feedback asked how to give. */
const BAD = String.raw`(?:bad|negative|terrible|awful|poor|horrible|scathing|1[- ]star|one[- ]star|zero[- ]star) `;

// ---- English verbs
const CANCEL = String.raw`cancel\w*|call(?:ing)? off|abort\w*|revok\w*|annul\w*|withdraw\w*|stop`;
const CHANGE_ADDRESS = String.raw`chang\w*|modif\w*|edit\w*|updat\w*|amend\w*|alter\w*|correct\w*|switch\w*`;
/** The same change said of the address ("the address needs to be changed"). */
const CHANGED = String.raw`(?:be|been|get|gets|needs?|need to be) (?:chang|modif|updat|correct|edit|amend)\w*|chang(?:ed|ing)|updated|modified|corrected|amended`;
const CHANGE = String.raw`chang\w*|modif\w*|edit\w*|updat\w*|amend\w*|alter\w*|adjust\w*|correct\w*|switch\w*|add(?:ing)?|remov\w*|delet\w*|reschedul\w*|postpon\w*|move`;
const FOLLOW = String.raw`track\w*|trac(?:e|ing)|locat\w*|follow(?:ing)? up|check(?:ing)?|status|where(?:'s| is| are|s)?|whereabouts|progress|updates?|find out`;
/** Asking after something: these stand between a wish and its object in a status question. */
const ASKING_AFTER = String.raw`status|track\w*|trac(?:e|ing)|check\w*|progress|where|when|know|about|information|info|details|polic(?:y|ies)|update\w*|see|if|whether|find|happened|news`;
const WANT = String.raw`want|wanna|need|get|getting|request\w*|ask(?:ing)? for|claim\w*|demand\w*|apply\w*|applying|give me|issue|wish|would like|'d like|like|obtain\w*|return`;
/** Reaching someone: speaking, writing, being put through. */
const CONTACT = String.raw`contact\w*|reach\w*|get(?:ting)? (?:in )?(?:touch|hold|through)|communicat\w*|speak\w*|talk\w*|chat\w*|connect\w*|transfer\w*|put me through|email\w*|e-mail\w*|messag\w*|writ(?:e|ing)|call(?:ing)?|phon(?:e|ing)|ring`;
/** When something will arrive: the delivery time of an existing order. */
/** Not "come" or "get it fixed": "when can someone come" books a visit, it does not chase one. */
const ARRIVE = String.raw`arriv\w*|deliver\w*|ship(?:ped|ping)?|dispatch\w*|receiv\w*|reach me|get (?:here|to me)|be here|show up|turn up`;
/** A question about when, not a clause ("when it arrived it was dented"). */
const WHEN = String.raw`when (?:will|would|do|does|can|could|should|is|are|am|'?ll|might|may|are|shall)|when'?ll|how (?:long|soon|many days|many weeks|quickly)|what (?:day|date|time)|eta|estimated|expected|expect`;
const NOT_YET = String.raw`(?:haven'?t|hasn'?t|have not|has not|didn'?t|did not|never|not yet|still not|yet to)\s+(?:been\s+)?(?:receiv\w*|got|gotten|get|seen|heard (?:about|back)|credited)`;
const NOT_ARRIVED = String.raw`(?:hasn'?t|has not|haven'?t|have not|isn'?t|is not|aren'?t|still not|not yet|never)\s+(?:been\s+)?(?:arriv\w*|come|came|shipped|deliver\w*|here|processed|issued|credited|received|dispatched|sent|show\w* up)`;
const PROBLEM = String.raw`problems?|issues?|errors?|trouble|troubles|difficult\w*|fail\w*|declin\w*|reject\w*|denied|refused|bounced|twice|double|duplicate\w*|overcharg\w*|not go(?:ing)? through|didn'?t go through|won'?t go through|mistake\w*|unauthori[sz]ed|wrong|incorrect`;
/**
 * A payment as a thing; "charge" only as money ("charged me twice"), never a battery ("won't
 * charge"), and not the verb "pay", which a price question has too ("do I pay for this problem?").
 */
const PAYMENT = String.raw`payments?|transactions?|billing|checkout|debit(?:ed)?|(?<!warranty |sim |memory |sd |id |gift )cards?|charged (?:me|us|twice|double|two|extra|more|for|again|my)|(?:a|the|this|that|extra|double|duplicate|unknown|strange|unexpected|wrong) charges?|overcharg\w*`;
/** Being unable to pay at all. */
const CANNOT_PAY = String.raw`(?:try(?:ing)? to|tried to|can'?t|cannot|couldn'?t|unable to|not able to|won'?t let me|doesn'?t let me|impossible to|problems?|trouble|issues?|errors?)\b(?:\W+\w+){0,3}?\W+(?:pay|make (?:a |the |my )?payments?|check ?out|complete (?:the |my )?(?:purchase|payment|order))`;

// ---- Chinese families
const ZH_ORDER = '订单|单子|包裹|快递|货|物流|预约|工单|维修单';
/** Not followed by a price: "取消预约会扣钱吗" asks what cancelling costs. */
const ZH_FEE = '手续费|违约金|扣钱|扣费|收费|要钱|费用|罚款';
const ZH_NO_FEE = `(?!.{0,8}?(?:${ZH_FEE}))`;
const ZH_REFUND = '退款|退钱|钱退|退费';
const ZH_PERSON = '人工|客服|真人|活人|工作人员|坐席|售后人员|售后客服';
const ZH_ACCOUNT = '账号|帐号|账户|帐户|(?<!wifi|WiFi|WIFI|无线|网络|路由器)密码|登录|登陆|(?<!产品|保修|延保)注册|会员|用户名|个人资料';

export const REQUEST_FRAME_CUES: Frame[] = [
  // ---- ticket_status: acting on or asking after what was already asked for
  en('ticket_status', 4, then(CANCEL, ORDER)),
  en('ticket_status', 4, then(CHANGE, ORDER, 5)),
  en('ticket_status', 4, then(FOLLOW, ORDER)),
  en('ticket_status', 2.5, String.raw`\b(?:my|the|an?) orders?\b(?! (?:something|some|a|an|more|new)\b)`),
  en('ticket_status', 4, then(ORDER, String.raw`cancel\w*`, 4)),
  en('ticket_status', 4, then(CHANGE_ADDRESS, ADDRESS)),
  en('ticket_status', 4, then(ADDRESS, CHANGED, 3)),
  en('ticket_status', 4, String.raw`\b(?:wrong|incorrect|old|previous|outdated|mistyped|misspelled) (?:shipping |delivery |mailing |postal )?address|\baddress (?:is|was) (?:wrong|incorrect|not right)|\b(?:ship|send|deliver) (?:it|them|my order) to (?:a |an )?(?:different|another|other|new) address`),
  en('ticket_status', 4, then(WHEN, ARRIVE, 7)),
  en('ticket_status', 4, then(WHEN, ORDER, 5)),
  en('ticket_status', 4, then(ORDER, String.raw`late|delayed|lost|missing|stuck|overdue|held up`, 3)),
  // A job already asked for, asked after: "has my repair been scheduled", "what time is the engineer coming".
  en('ticket_status', 4, String.raw`\b(?:my|the|our) (?:repair|installation|visit|appointment|booking|order|request|ticket|job)\b(?:\W+\w+){0,2}?\W+(?:scheduled|booked|arranged|assigned|confirmed|approved|processed)\b|\bwhat time (?:is|will|does|do|should) (?:the |my |your )?(?:technician|engineer|tech|repairman|someone|he|she|they)\b`),
  // "I ordered the wrong size, can I change it": the order was placed, now it is to be changed.
  en('ticket_status', 4, then(String.raw`(?:i|we) (?:just |already |recently )?(?:ordered|placed an order|made an order)`, `${CANCEL}|${CHANGE}|${FOLLOW}|when|arriv\w*`, 6)),
  en('ticket_status', 3.5, String.raw`\bdelivery (?:time|date|period|window|estimate)s?\b|\b(?:arrival|shipping|transit) (?:time|date)s?\b`),
  en('ticket_status', 6, then(String.raw`status|track\w*|trac(?:e|ing)|progress|updates?|check(?:ing)?|where(?:'s| is| are|s)?|when|how long|whereabouts|news`, REFUND, 5)),
  en('ticket_status', 6, then(REFUND, String.raw`status|progress|processed|processing|pending|issued|approved|credited|arriv\w*|com(?:e|ing) through|gone through|yet|been (?:sent|paid|made|received|issued|processed|approved)|show(?:n|s|ed)? up|land\w*`, 5)),
  // "what happened to my refund", "I'd like to know if my reimbursement went through"
  en('ticket_status', 6, then(String.raw`if|whether|what happened to|what'?s (?:happening|going on|up) with|going on with|news (?:on|about)|word on|waiting (?:for|on)|did you (?:send|issue|process|pay|make)|have you (?:sent|issued|processed|paid|made)`, REFUND, 3, 'can|could|may|am|eligible|possible|able|get|ask|request|claim|have|qualify')),
  en('ticket_status', 6, then(REFUND, String.raw`on (?:its|the) way|coming along|coming back|progress\w*|going|gone through|went through|go(?:es)? through|being (?:processed|handled|sent|reviewed)|been \w+|still \w+`, 2)),
  // "information about my reimbursement", "confirm the refund": one that exists, asked after.
  en('ticket_status', 6, then(String.raw`know|about|information|info|details|news|updates?|see|find out|follow\w*|look\w* (?:into|up|at)|confirm\w*|verif\w*|check\w*`, `(?:my|the|our|this|that) (?:\w+ )?(?:${REFUND})`, 3)),
  en('ticket_status', 6, then(NOT_YET, `${REFUND}|${ORDER}`, 4)),
  en('ticket_status', 6, then(`${REFUND}|${ORDER}`, NOT_ARRIVED, 3)),

  // ---- repair_request: wanting the money back is a return claim
  // Kept below the anger cues, so "I want my money back, this is a joke" stays a complaint.
  en('repair_request', 2.5, then(WANT, REFUND, 4, ASKING_AFTER)),
  en('repair_request', 2.5, String.raw`\b(?:refund|reimburse|compensate) (?:me|us|my|the|it|this)\b|\b(?:refund|reimbursement|return) (?:request|claim|application)s?\b`),
  en('repair_request', 1.5, String.raw`\b(?:money|funds|cash) back\b|\breimburs\w*`),

  // ---- complaint: a complaint or claim lodged, a payment that went wrong
  en('complaint', 5, then(String.raw`file|filing|make|making|lodg\w*|submit\w*|rais\w*|open\w*|log|send|put in|register\w*|report\w*|express\w*|voice|have|got|leave|leaving`, String.raw`complaints?|(?<!warranty |insurance )claims?|grievances?|objections?|protests?|dissatisfaction|reclamations?`, 4)),
  en('complaint', 3, String.raw`\b(?:dis|un)satisf\w*|\bunhappy\b|\bnot (?:happy|satisfied|pleased|ok) with\b|\bdispleas\w*`),
  en('complaint', 5, near(PROBLEM, PAYMENT, 4)),
  en('complaint', 5, CANNOT_PAY),
  en('complaint', 5, String.raw`\b(?:took|take|taken|deduct\w*|debit\w*|withdr[ae]wn?)\b(?:\W+\w+){0,4}?\W+(?:twice|double|two times|extra|too much|more than)\b|\b(?:took|taken|kept|stole|keep)\s+(?:my|our|the)\s+(?:money|payment|cash)\b`),
  // Charged, and then something went wrong: "I got charged but my order was not placed".
  en('complaint', 5, String.raw`\b(?:got|was|been|were|am|are|being) (?:charged|billed|debited)\b(?:\W+\w+){0,3}?\W+(?:but|and|without|yet|although|though|even though)\b`),
  en('complaint', 5, String.raw`\b(?:charged|billed) (?:me |us )?(?:incorrectly|wrongly|by mistake|twice|double|two times|three times|extra|too much|more than|the wrong|again)|\bdouble[- ]charged|\bovercharg\w*|\bcharged (?:me |us )?for (?:something|an? \w+ (?:i|we) (?:didn'?t|never|did not))`),
  en('complaint', 5, String.raw`\b(?:${BAD})(?:review|rating|feedback)s?\b`),

  // ---- human_request: reaching a person
  en('human_request', 4, then(CONTACT, PERSON, 4)),
  en('human_request', 4, then(SERVICE_DESK, String.raw`numbers?|hours|open\w*|available|availability|reachable|phone|email|e-mail|address|contacts?|details|info\w*|chat|line`, 4)),
  en('human_request', 4, String.raw`\bcontact (?:you|details|info\w*|numbers?|options?|methods?)\b|\b(?:your|the company'?s|a|the) (?:phone|telephone|hotline|contact) numbers?\b|\bget hold of you\b`),
  en('human_request', 4, String.raw`\b(?:how|where) (?:can|do|could|should|may) (?:i|we) (?:call|phone|ring|e-?mail|contact|reach|write to|message|text|get hold of) (?:you|your)\b|\bnumbers? (?:i|we) (?:can|could|should|have to) (?:call|ring|phone|dial|use)|\bwhat numbers? (?:do|can|should) (?:i|we) (?:call|ring|dial)|\b(?:your|the) (?:support|service|customer service|customer care|help|contact) (?:e-?mail|phone|number|line|address|hours)\b`),
  en('human_request', 4, String.raw`\b(?:real|live|human|actual) (?:agents?|persons?|humans?|representatives?|operators?|staff)\b|\b(?:help|assistance|support)\b(?:\W+\w+){0,2}?\W+(?:from|with|by) (?:a |an |the |one of your )?(?:agents?|persons?|humans?|representatives?|operators?|staff|employees?)\b|\b(?:someone|somebody|a person|an agent|a representative|your team|your staff)(?: from (?:your|the) (?:team|company|support|customer service|office))? (?:call|phone|ring|contact|email|e-mail|text) (?:me|us)\b(?!\s+(?:before|when|first|on arrival|once|if|ahead|to (?:arrange|book|schedule|confirm)))`),
  en('human_request', 1, SERVICE_DESK),

  // ---- consultation: rules, fees, ways to pay or deliver, documents, feedback
  en('consultation', 5, near(String.raw`refund\w*|return\w*|exchange|cancel\w*|money[- ]back|reimburs\w*|shipping|delivery|privacy|payment`, String.raw`polic(?:y|ies)|guarantee\w*|terms|conditions|rules|eligib\w*|entitled|cases|situations|circumstances`, 6)),
  // "can I get a refund if it arrives late?": the conditions, not the claim.
  en('consultation', 5.5, String.raw`\b(?:can|could|may|do|will|would|is it possible)\b(?:\W+\w+){0,4}?\W+(?:refund\w*|reimburs\w*|money back)\b(?:\W+\w+){0,5}?\W+(?:if|when|after|in case|within|once|as long as|even if|unless)\b`),
  // A price on cancelling is a price question, however much the words also say "cancel my order".
  en('consultation', 8, near(String.raw`cancel\w*|terminat\w*|withdraw\w*|exit`, String.raw`fees?|charges?|penalt\w*|costs?|how much|pay|price`, 4)),
  en('consultation', 5, String.raw`\b(?:methods?|options?|modes?|modalit\w*|ways?|forms?|types?|kinds?|choices?|alternatives?) (?:of|to|for) (?:pay|payment)|\b(?:how|where) (?:can|do|could|should|may) (?:i|we) (?:pay|make (?:a |the )?payments?)\b|\b(?:pay|paying|payment)\b(?:\W+\w+){0,3}?\W+(?:with|by|using|via|through|in) (?:a |an |my )?(?:card|credit|debit|paypal|apple pay|google pay|cash|bank|transfer|check|cheque|instal?lments?|wechat|alipay|visa|mastercard|amex|crypto\w*|bitcoin)|\b(?:accept|take|support|allow)\w*\b(?:\W+\w+){0,3}?\W+(?:cards?|credit|debit|paypal|cash|visa|mastercard|amex|apple pay|google pay|cheques?|checks?|bank transfers?|crypto\w*|bitcoin|instal?lments?)`),
  en('consultation', 5, near(String.raw`pay|payments?|paying|checkout`, String.raw`methods?|options?|modes?|modalit\w*|ways?|forms?|types?|kinds?|choices?|alternatives?|accepted|available|allowed|supported`, 3)),
  en('consultation', 5, String.raw`\b(?:shipping|delivery|shipment|courier|postage|mailing) (?:services?|carriers?|companies|speeds?|rates?|costs?|fees?|charges?|prices?)\b|\b(?:express|standard|overnight|same[- ]day|next[- ]day|economy|international|free|expedited|priority) (?:shipping|delivery|shipment)\b|(?<!(?:when|soon|time|day|date) )\b(?:do|can|will) you (?:ship|deliver)\b|\bhow (?:do|can|will) you (?:ship|deliver|send)\b`),
  en('consultation', 5, near(String.raw`options?|methods?|modes?|ways?|types?|kinds?|choices?|alternatives?`, String.raw`shipping|ship|deliver\w*|shipment|courier|postage|mailing`, 3)),
  en('consultation', 5, then(DOCUMENT_VERB, INVOICE, 4)),
  en('consultation', 2, INVOICE),
  en('consultation', 5, then(String.raw`leav\w*|writ\w*|giv\w*|post\w*|submit\w*|send\w*|shar\w*|add\w*|provid\w*|mak\w*|rat(?:e|ing)|review\w*|evaluat\w*`, `(?<!${BAD})(?:reviews?|feedback|ratings?|comments?|opinions?|testimonials?|evaluations?|suggestions?)`, 4)),
  en('consultation', 5, String.raw`\b(?:rate|rating|review|reviewing|evaluate)\s+(?:your|the|my|this) (?:service|product|company|store|shop|experience|support|purchase|order)`),
  en('consultation', 2, `(?<!${BAD})\\b(?:reviews?|feedback|opinions?)\\b`),
  en('consultation', 1, String.raw`\b(?:shipping|delivery|deliveries|courier|postage)\b`),
  // Parts and accessories are after-sales goods: where to buy one is a question, not a sale.
  en('consultation', 3.5, near(String.raw`buy\w*|order\w*|purchas\w*|get|where|sell\w*|price\w*|cost\w*|stock\w*`, String.raw`spare parts?|replacement parts?|parts?|accessor(?:y|ies)|filters?|extended warrant(?:y|ies)|warranty extensions?|service plans?|protection plans?`, 3)),

  // ---- out_of_scope: shop accounts, marketing, buying, writing for the customer
  en('out_of_scope', 4, String.raw`(?<![a-z])(?:${ACCOUNT})(?![a-z])`),
  en('out_of_scope', 4, String.raw`\bregistration\b(?<!(?:product|warranty|vehicle) registration)|\bregister(?:ing)?\b(?=\s*(?:$|[.,!?]|on (?:your|the) (?:site|website|app|page|platform)|with you|for an? (?:account|profile)|as an? (?:user|customer|member)|an? (?:account|profile|user)))|\b(?:can'?t|cannot|couldn'?t|unable to|not able to|fail(?:ed)? to|won'?t let me|problems?|issues?|errors?|trouble)\b(?:\W+\w+){0,3}?\W+regist(?:er|ering|ration)\b`),
  en('out_of_scope', 4, String.raw`\bnewsletters?\b|\bmailing lists?\b|\b(?:un)?subscri\w*|\bopt(?:ing)?[- ]?(?:in|out)\b|\b(?:marketing|promotional|promo) (?:e-?mails?|messages?|texts?|offers?|mail)`),
  en('out_of_scope', 4, String.raw`\b(?:place|placing|make|making|submit|put in|create|creating)\b(?:\W+\w+){0,2}?\W+(?:new |an? |another )?(?:orders?|purchases?)\b(?! (?:number|status))`),
  en('out_of_scope', 3.5, String.raw`\b(?:buy|buying|purchas(?:e|ing)|order|ordering|shop for|acquir(?:e|ing))\b(?:\W+\w+){0,1}?\W+(?:some|a few|several|more|another|new|an? new|items?|articles?|products?|things|stuff|goods|something|anything)\b|\b(?:want|like|need|wanna|going|how) (?:to |do i |can i |could i )?(?:buy|purchase|order|shop|acquire)\b`),
  en('out_of_scope', 2.5, String.raw`\b(?:buy|buying)\b`),
  en('out_of_scope', 4, String.raw`\b(?:set(?:ting)? ?up|setup|configur\w*|establish\w*|creat\w*)\b(?:\W+\w+){0,4}?\W+address(?:es)?\b|\b(?:add\w*|enter\w*|sav(?:e|ing)|register\w*|input\w*|insert\w*|put(?:ting)? in|set|use|using)\b(?:\W+\w+){0,3}?\W+(?:shipping|delivery|billing|mailing|postal|default|secondary|second|additional|another|new|other) address(?:es)?\b`),
  en('out_of_scope', 3, String.raw`\b(?:new|another|second|additional|secondary|extra) (?:shipping |delivery |mailing |billing )?address(?:es)?\b`),
  // A shipping address with no change asked for is a shop profile setting.
  en('out_of_scope', 2, String.raw`\b(?:shipping|delivery|billing|mailing) address(?:es)?\b`),
  // Asked to write something for them: a task, not a request for service.
  en('out_of_scope', 8, String.raw`\b(?:write|compose|draft|generate|make up)\b(?:\W+\w+){0,2}?\W+(?:reviews?|poems?|essays?|stor(?:y|ies)|songs?|posts?|articles?|letters?|code|scripts?|fake \w+)\b(?:\W+\w+){0,3}?\W+for (?:me|us)\b|\b(?:can|could|will|would) (?:you|u)\b(?:\W+\w+){0,1}?\W+(?:write|compose|draft|generate|make up)\b(?:\W+\w+){0,2}?\W+(?:reviews?|poems?|essays?|stor(?:y|ies)|songs?|posts?|articles?|letters?|code|scripts?)`),

  // ---- 中文
  // Calling off a booked visit is about that booking, whatever else the words say ("把上门预约取消掉").
  zh('ticket_status', 6, `${zhThen('取消|撤销|撤回|不要了', `${ZH_ORDER}|上门|维修|安装`, 4)}${ZH_NO_FEE}`),
  zh('ticket_status', 6, `${zhThen(`${ZH_ORDER}|上门|维修|安装`, '取消|撤销|不要了', 4)}${ZH_NO_FEE}`),
  zh('ticket_status', 4, '(?:改|修改|更改|变更|更新|换个|换一个|换成)(?:一下|下)?(?:我的|收货|送货|上门|配送)?(?:地址|订单|预约|时间)|(?:地址|订单|预约|上门时间)(?:要|想|需要|能不能|可以)?(?:改|修改|更改|变更|换)'),
  zh('ticket_status', 4, '地址(?:填|写|留|给)?错了?|(?:填|写|留)错(?:了)?地址|送(?:到|去)(?:别的|另一个|新)地址'),
  zh('ticket_status', 4, zhNear(ZH_ORDER, '到哪|在哪|状态|进度|跟踪|追踪|怎么还没|还没(?:到|来|发|收到)|一直没(?:有)?(?:到|来|收到|发)|没(?:有)?收到|发货了吗|发了吗|寄出', 4)),
  zh('ticket_status', 4, '查(?:一下|下|询|看)?(?:我的|一下)?(?:订单|物流|快递|包裹|进度|状态|预约)'),
  zh('ticket_status', 4, '(?:什么时候|啥时候|几时|几天|多久|多长时间)(?:能|可以|才能|会)?(?:发货|到货|送到|送货|送来|能到|到|寄到|收到)'),
  zh('ticket_status', 6, zhNear(ZH_REFUND, '进度|到账|到哪|状态|怎么还没|还没|什么时候|多久|几天|处理了吗|查|通过|批了|批准|审核|办好|好了吗|成功了吗', 6)),
  zh('ticket_status', 4, '(?:钱|款)(?:怎么)?(?:还没|没有?)(?:退|到账|收到|回来)'),
  zh('repair_request', 2.5, zhThen('我要|我想|想要|要求|申请|帮我|给我|能不能|可以|怎么|如何|把', ZH_REFUND, 4)),
  zh('repair_request', 1.5, ZH_REFUND),
  zh('complaint', 5, zhNear('付款|支付|扣款|扣费|扣钱|付钱|交费|缴费|刷卡|账单', '失败|不了|不成功|出错|错误|异常|问题|重复|两次|多扣|多收|扣错|被扣|不对', 4)),
  zh('complaint', 4, '多扣(?:了)?(?:钱|款|费)?|乱扣|重复扣(?:款|费)?|扣了两次|付不了(?:款|钱)|支付不了|付不出去'),
  // Paid, and then nothing: "付了钱订单却没生成", "扣了款师傅没来".
  zh('complaint', 5, zhThen('付了钱|付了款|付过钱|付过款|扣了钱|扣了款|钱扣了|款扣了|钱付了|已付款|已经付了', '没|不|却|但|可是', 8)),
  zh('complaint', 3, '不满意|(?:很|太|非常|十分|极其|强烈)不满'),
  zh('complaint', 5, zhThen('我要|我想|怎么|如何|在哪|哪里|提交|提出|发起', '投诉|申诉|索赔|维权', 4)),
  zh('human_request', 4, zhThen('联系|联络|找|转|接通|打给|打电话给|拨打|呼叫|怎么(?:才能)?(?:联系|找到)', ZH_PERSON, 3)),
  zh('human_request', 4, zhThen('联系|联络|接通|打给|打电话给|怎么(?:才能)?(?:联系|找到)', '你们', 2)),
  zh('human_request', 4, '客服(?:电话|热线|号码|邮箱|微信|在线|工作时间|上班时间|几点)|(?:你们|客服|售后|官方)的?(?:联系方式|联系电话|电话|热线)(?:是)?(?:多少|是什么|给我|在哪)|人工服务'),
  // The rules of a refund, not the claim: "什么情况下可以退款".
  zh('consultation', 5.5, zhNear('退款|退货|换货|取消|退换', '政策|规则|条件|规定|流程|标准|什么情况|哪些情况|能不能退', 6)),
  zh('consultation', 8, zhNear('取消|退订单|违约', ZH_FEE, 6)),
  zh('consultation', 5, '(?:支付|付款|付费)(?:方式|方法|渠道)|怎么(?:付款|付钱|支付)|(?:能|可以)(?:用)?(?:微信|支付宝|信用卡|花呗|银行卡|现金|刷卡|分期|对公转账)(?:付款|支付|付)?(?:吗|么|不)|(?:支持|能|可以)分期'),
  zh('consultation', 5, '(?:配送|送货|发货|快递|物流)(?:方式|方法|选项|公司)|发(?:什么|哪家)快递|能(?:不能)?送(?:货)?到.{1,8}吗|包邮|运费|次日达|当日达'),
  zh('consultation', 5, '(?:开|要|补开?|查(?:询|看)?|下载|打印|寄|申请|重开|换开)(?:一下|下|一张|个|张)?(?:电子|纸质|增值税)?(?:发票|收据|票)|发票(?:怎么|在哪|哪里|如何)(?:开|查|下载|打印|申请|拿|要)|怎么(?:开|要|查|下载|申请)(?:发票|票)'),
  // Asked about, an invoice is a question; mentioned beside a fault ("不制冷，发票还在"), only evidence.
  zh('consultation', 2, zhNear('发票|收据', '吗|呢|[?？]|怎么|能不能|可不可以|可以|有没有|要不要|需不需要', 8)),
  zh('consultation', 5, zhThen('写|留|给|发|提交|提|做|怎么', '评价|好评|评论|点评|反馈', 4)),
  zh('consultation', 4, zhNear('买|购买|卖|订|哪里|在哪|多少钱|价格|有货', '配件|零件|滤网|滤芯|延保|保修服务|服务包|清洗服务', 4)),
  zh('out_of_scope', 4, ZH_ACCOUNT),
  zh('out_of_scope', 4, '订阅|退订|邮件推送|营销(?:短信|邮件)|广告(?:短信|邮件)|促销(?:短信|邮件)'),
  // Placing an order, asked for; "在官网下单买的" only says where it was bought.
  zh('out_of_scope', 4, '(?:怎么|如何|我要|我想|想|要|帮我|能不能|可以|在哪|哪里)(?:下单|下个单)|下单(?:流程|步骤|入口)|(?<![不别需])(?:想|要|怎么|在哪|哪里)(?:买|购买|订购)(?!的)|购买(?:一|几|些)|添加(?:一个|新的?)?(?:收货)?地址|(?:新增|设置|设定|保存)(?:一个|新的?)?(?:收货|送货|默认)?地址'),
  zh('out_of_scope', 8, '(?:帮|替|给)我(?:写|编|刷|生成)(?:一?(?:个|条|篇|段|首|些))?(?:好评|评价|评论|文章|作文|诗|故事|代码|邮件|信)|刷好评'),
];
