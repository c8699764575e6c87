/**
 * A question about service outside mainland China: "can it be fixed over here?" from a customer in
 * Seattle, "你们在香港有维修点吗", "what should I take to the service centre in Macau?". Our engineers,
 * visits and mainland (国行) warranty work in mainland China only, so the knowledge base's visit and
 * care answers do not fit it; read here so the engine answers it honestly (service-abroad-answer.ts)
 * instead of promising a visit or saying something unrelated.
 */
import { abroadNamedIn } from '../text/customer-country';

/** Repair or service itself: a technician, a repair, a service centre, the warranty, "能修". */
const SERVICE =
  /维修|修理|能修|可以修|修不修|修吗|修得了|售后|保修|质保|联保|师傅|工程师|技术员|网点|服务(?:点|中心|站|商)|上门|\b(?:repair\w*|fix(?:ed|ing)?|technicians?|engineers?|service (?:centres?|centers?|points?|partners?|agents?)|servic(?:e|ed|ing)|warranty|guarantee|visits?|send someone|come out)\b/i;
/** "Here", "over here", "这边", where the customer is (only counted once they are known to be abroad). */
const HERE = /\b(?:here|over here|out here|locally|where i (?:am|live)|in (?:my|this) country)\b|这边|这里|我们这|当地|本地/i;
/** Asked as a question or a wish to know: a question mark, 吗/能不能, "can/do you/is there", "what do I bring". */
const ASKED = /[?？吗么嘛]|能不能|可不可以|有没有|行不行|怎么办|怎么弄|带什么|要带|(?:^|[,.;:!]\s*)(?:can|could|do|does|is|are|will|would|where|what|how|who)\b[^.!]*$|\bbring\b/i;

/** A request to book ("please book a repair", "帮我报修"): the repair form takes it, fitted to the country where it runs. */
const BOOKING = /\b(?:book|schedule|arrange|register)\b|预约|报修|登记|安排(?:师傅|上门|维修)/i;

/** A question about the price. */
const FEE = /收费|多少钱|费用|价格|\b(?:fees?|charges?|charged|cost\w*|price\w*|how much)\b/i;

/**
 * Questions that already have their own answer fitted to the customer's country (reply-for-country.ts):
 * how to prove the purchase date without the receipt, and where the nearest service point is.
 */
const ROUTED_ELSEWHERE = /发票|凭证|收据|小票|最近的|附近|在哪|哪里有|\b(?:receipts?|invoices?|proof|nearest|closest|near me|where(?:'s| is| are| can))\b/i;

/** Where it was bought ("在香港买的", "bought it in Tokyo") says nothing about where service is wanted. */
const BOUGHT_IN = /(?:在|从)[^，。,.？?]{1,10}(?:买|购|订)的?|\b(?:bought|purchased|ordered|got)\b[^,.?!]{0,30}/gi;

/**
 * Whether the question asks about service, repair or the warranty outside mainland China: in a place it
 * names, or "here" when the customer is known to be abroad (`abroad`: the conversation's country is not CN).
 */
export function asksServiceAbroad(question: string, abroad: boolean): boolean {
  // (What a visit costs where they are has its own answer, fitted to the country by reply-for-country.ts.)
  if (!SERVICE.test(question) || !ASKED.test(question) || FEE.test(question) || ROUTED_ELSEWHERE.test(question) || BOOKING.test(question)) return false;
  return abroadNamedIn(question.replace(BOUGHT_IN, ' ')) !== undefined || (abroad && HERE.test(question));
}
