/**
 * Installation of a newly bought appliance: who installs it, when the installer comes, whether it
 * is charged ("新买的热水器师傅什么时候来装", "空调到了谁来装", "送货包安装吗", "who installs the new
 * dishwasher?", "is installation included?"). Answered from the installation policies of the
 * knowledge base; it is no ticket to look up and no repair to book. (A visit already booked, "师傅
 * 什么时候来" after filing, is that ticket's and is left to the status reading.)
 */
const NEW =
  /(新买|刚买|新购|新到|刚到|到货|送到了?|送来了?|到了|新的|新空调|新冰箱|新洗衣机|新热水器|新电视|新机|刚收到|收到货|\bnew\b|\bjust (?:bought|arrived|delivered|got)\b|\b(?:arrived|delivered)\b)/i;
const INSTALL_ASK = new RegExp(
  [
    // 师傅什么时候来装, 谁来安装, 怎么预约安装, 几时来装
    '(?:什么时候|啥时候|几时|哪天|多久|谁|谁来|怎么|如何|在哪|去哪)(?:能|会|可以|才|给)?(?:来|上门|过来)?(?:装|安装)',
    '(?:装|安装)(?:的)?(?:师傅|人|工程师)(?:什么时候|啥时候|几时|哪天|多久|怎么)',
    // 包安装吗, 安装收费吗, 免费安装吗, 安装要钱不
    '包(?:不包)?安装|(?:安装|装机)(?:费|要钱|收费|收钱|免费|另外收|另收|怎么收|多少钱|要不要钱|收不收)|免费(?:安装|装)',
    // 要自己装吗, 需要预约安装吗, 送货的时候装吗
    '(?:自己|我)(?:来)?装|(?:预约|约)(?:一下)?安装|送货.{0,6}(?:装|安装)',
    '\\bwho (?:installs|will install|is installing|does the install\\w*)\\b',
    '\\b(?:when|how) (?:will|do|does|can|should) (?:someone|somebody|you|they|the (?:installer|technician|engineer)|i) (?:come (?:to|and) )?(?:install|fit|set up|book (?:the )?install\\w*)\\b',
    '\\binstall\\w* (?:included|free|charged|extra|cost|fee)\\b|\\b(?:is|does) (?:the )?install\\w* (?:free|included|cost|charged)\\b|\\bfree install\\w*\\b|\\bhow much (?:is|for|does) (?:the )?install\\w*\\b|\\bdo (?:you|i) (?:have to )?install (?:it|them)\\b|\\bbook (?:an? |the )?install\\w*\\b',
  ].join('|'),
  'i',
);

/** Whether the message asks about installing a new appliance. */
export function asksNewInstall(text: string): boolean {
  return INSTALL_ASK.test(text) && (NEW.test(text) || /包(?:不包)?安装|免费(?:安装|装)|\bfree install|\binstall\w* (?:included|free)/i.test(text));
}

/**
 * The appliance is not installed yet ("刚买还没装", "未安装", "still in the box", "not fitted yet"):
 * whatever is asked about it, it has no fault to tell, so a product named with this is no fault
 * report (it read as one, and an installation question got "what is wrong with it?").
 */
const NOT_INSTALLED_YET =
  /还没(?:有)?(?:安装|装|装上|拆箱|开箱|用过?)|(?:尚|仍)?未(?:安装|装|拆箱|开箱|用过?)|没(?:有)?(?:安装|拆箱|开箱)|还在(?:包装)?箱子?里|\bnot (?:yet |even )?(?:been )?(?:installed|fitted|set up|mounted|hooked up|unboxed|used)\b|\bstill in (?:the|its) box\b|\byet to be (?:installed|fitted)\b|\bhave(?:n'?t| not) (?:yet )?(?:installed|fitted|set up|mounted|unboxed) (?:it|them|the \w+)?|\b(?:isn'?t|aren'?t|wasn'?t) (?:installed|fitted|set up|mounted) yet\b/i;

/** Whether the message says the appliance is not installed (or used) yet. */
export function saysNotInstalledYet(text: string): boolean {
  return NOT_INSTALLED_YET.test(text);
}

/**
 * A visit to install it asked for ("那约个师傅来装", "安排上门安装吧", "please book the installation",
 * "send someone to fit it"): booked like a repair, with the installation as the job, never asked
 * "what is wrong with it?" nor answered with what the desk can do.
 */
const BOOKS_INSTALL =
  /(?:约|预约|安排|派|叫)(?:个|一个|一下|下)?(?:师傅|人|工程师|安装工)?(?:来|上门|过来)?(?:给我)?(?:装|安装)|(?:上门|过来|来)(?:给我)?(?:安装|装)(?:吧|一下)|\b(?:book|arrange|schedule|send|get)\b[^.?!]{0,30}?\b(?:(?:the |an? )?install(?:ation|er)?|someone to (?:install|fit|put) (?:it|them)|(?:the |a )?fitting)\b/i;

export function booksInstall(text: string): boolean {
  return BOOKS_INSTALL.test(text) && !saysNotInstalledYet(text.replace(BOOKS_INSTALL, ''));
}

/** The job written on the request, in the customer's language: an installation, not a fault. */
export const INSTALL_JOB = { zh: '新机上门安装', en: 'installation visit' } as const;
