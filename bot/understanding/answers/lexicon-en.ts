/**
 * How English-speaking customers answer, typos and chat shorthand included (yse, nvm, idk, thx,
 * cancle). Text is lowercased and apostrophes straightened before matching, and `words()` keeps
 * phrases whole ("no" is not in "know"). Contractions are matched with and without the apostrophe.
 */
import { answer as a, words as w, type AnswerPattern } from './answer-pattern';

/** What may follow a leading "no" when it answers (no, it's wrong / no the address...); "no hot water" is a symptom. */
const AFTER_NO =
  "do|does|did|can|could|is|are|will|how|what|why|when|where|who|ok|okay|yes|yeah|it|it'?s|its|that|that'?s|thats|this|i|i'?m|the|you|we|he|she|they|still|not|wrong|thanks?|thank|sorry|but|actually|nothing|mate|sir|please|pls|haha|lol|way|nope|no|never|don'?t|dont|didn'?t|didnt|isn'?t|wasn'?t|doesn'?t|doesnt";
/** Proof of purchase and the model label: "no receipt", "lost the invoice". */
const PROOF = 'receipts?|invoices?|proof of purchase|paperwork|papers|warranty card|box|model number|serial number|order number|label|sticker';
/** Symptoms whose stopping means the fault is gone ("stopped leaking"). */
const SYMPTOM = 'leaking|dripping|beeping|buzzing|rattling|clicking|flashing|blinking|tripping|smoking|vibrating|shaking|making (?:that|the|a) (?:noise|sound)|showing (?:the )?(?:error|code)';

export const EN_ANSWERS: AnswerPattern[] = [
  // --- look-alikes
  a(
    'none',
    w(
      "thanks for nothing|no thanks to you|human error|a person came|call me (?:before|when|first|on arrival|once|if|ahead)|(?:please )?(?:give me|gimme) a call (?:before|when|first)|not sure (?:why|how|what to do)|don'?t know (?:why|how to|what to do|what happened|what'?s wrong)|dont know (?:why|how to|what to do)|no idea why|why not|stop(?:s|ped)? working|stopped|forg[eo]t to|(?:it |that )?worked (?:before|fine until|until|for a|yesterday|last)",
    ),
  ),
  a('none', w('(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have) (?:it|this|that|you|they|he|she|the \\w+) (?:ok|okay|right|correct|fine|fixed|working|done)')),
  // "then it lights again later", "works again after a while": a fault that comes back by itself is intermittent, never fixed.
  a(
    'none',
    w(
      '(?:it )?(?:works|lights|light|comes on|come on|starts|heats|runs|fires up|is fine|is ok|goes back to normal) (?:up )?again (?:later|after (?:a while|a bit|some time|a few minutes|\\w+ minutes)|a (?:bit|while|few minutes) later)|(?:later|after (?:a while|a bit|some time|a few minutes)),? (?:it )?(?:works|lights|comes on|comes back|starts|is fine) (?:again|back)',
    ),
  ),

  // --- affirm
  a(
    'affirm',
    w(
      "correct|right|fine|good|great|perfect|cool|nice|exactly|indeed|absolutely|definitely|totally|certainly|of course|ofc|affirmative|k|kk|yes yes|that'?s it|thats it|that one|this one|confirmed?|submit|book it|do it|please do|go on|alright|all right",
    ),
    'alone',
  ),
  a('affirm', w('ye+s+|yse|yess+|ye|yea+h*|yeh|yah|ya|yup|yep|yeap|yas|ok+|okay+|okey|oki|okie|o\\.k\\.?|sure|sure thing|alright then|right then|uh[- ]?huh|mhm+|mm+ ?hm+'), 'lead'),
  a('affirm', w("(?:it'?s|its|all|everything(?:'?s| is)?|looks?|all looks|sounds?) (?:correct|right|good|fine|great|perfect|ok)"), 'lead'),
  a(
    'affirm',
    w(
      "that is (?:right|correct|fine)|that'?s (?:right|correct|fine|good|perfect|great|ok|okay|all correct)|thats (?:right|correct|fine|good|ok)|sounds good|sounds great|sounds fine|(?:spot|bang|dead) on|dead right|that'?s the one|go ahead|go for it|please go ahead|let'?s do it|let'?s go|yes please|no problem|no problems?(?! now| anymore)|not a problem|works for me|fine by me|that works|that'?ll work|that will work|confirm(?:ed)?(?: it)?|please (?:submit|confirm|proceed)|proceed",
    ),
  ),
  a('affirm', /👍|👌|🆗/),

  // --- deny
  a('deny', w('no+|nope|nop|nah+|naw|nay|negative|incorrect|wrong|not really|not quite|not exactly|not that one|nope nope'), 'alone'),
  a('deny', new RegExp(`(?<![a-z0-9'])(?:no+|nope|nah|naw)(?=[\\s,.!]+(?:${AFTER_NO})(?![a-z0-9']))`), 'lead'),
  a('deny', w('incorrect|wrong'), 'lead'),
  a(
    'deny',
    w(
      "that'?s (?:wrong|not right|not correct|incorrect|not it|not true|not what i said|not mine)|thats (?:wrong|not right|not it)|it'?s (?:wrong|not right|not correct|incorrect)|(?:wrong|incorrect) (?:address|number|phone|model|date|name|postcode|zip)|(?:address|number|phone|model|date|name|it) is (?:wrong|incorrect|not right)|i don'?t think so|i dont think so|no way|not right|not correct|not the right",
    ),
  ),

  // --- cancel
  a('cancel', w('stop|quit|exit|cancel(?:led)?|forget|leave it'), 'alone'),
  a('deny', w('nothing|none'), 'alone'),
  a(
    'cancel',
    w(
      "never ?mind|nvm|nm|forget (?:it|about it|that|this)|forget it then|cancel(?:led|l)?|cancle|no need(?: anymore| any more| now| for (?:it|that|a (?:repair|visit|technician)))?|not needed(?: anymore| any more)?|don'?t need (?:it|that|a (?:repair|visit|technician|ticket)|one|anyone|anybody|you)(?: anymore| any more| now)?|dont need (?:it|that|a repair|one|anymore)|(?:i )?no longer need|(?:i'?ll|i will|ill|i can|i'?m going to|gonna) (?:sort|fix|handle|deal with|figure|do|manage|take care of|look at|sort out) (?:it|this|that)?(?: out)? ?(?:myself|on my own|out)|(?:i'?ll|i will) (?:sort|fix|handle|manage) (?:it|this) myself|do it myself|fix it myself|sort it myself|don'?t bother|dont bother|changed my mind|change of plan|scrap (?:that|it)|call it off|not anymore|no thanks|no thank you|no thx|i'?m good|im good|not now|maybe later|some other time|i'?ll call (?:you )?later|leave it",
    ),
  ),

  // --- skip
  a('skip', w('skip|pass|next|n/?a|nope skip'), 'alone'),
  a(
    'skip',
    w(
      "skip (?:this one|this question|it|this|that|this question|for now)|(?:i'?d|i would) rather not(?: say| tell| share)?|prefer not to (?:say|share|tell)|not (?:comfortable|willing) (?:sharing|to share|saying)|none of your business|not applicable|next question|move on|let'?s move on|leave (?:it|that) blank|rather not say",
    ),
  ),

  // --- dontKnow
  // The label cannot be read: can't read it, too faded, rubbed off.
  a(
    'dontKnow',
    w(
      `(?:can'?t|cant|cannot|couldn'?t|unable to) (?:read|see|make out|find) (?:it|the (?:model|label|number|sticker|plate)|what it says)|(?:too|all) (?:faded|small|worn|blurry)|(?:rubbed|worn|peeled) off`,
    ),
  ),
  a(
    'dontKnow',
    w(
      `i (?:don'?t|dont|do not) know|don'?t know|dont know|dunno|idk|no idea|not sure|unsure|no clue|beats me|who knows|not certain|(?:can'?t|cant|cannot|don'?t|dont|do not) (?:remember|recall|recollect)|i forg[eo]t|forgot|forgotten|(?:can'?t|cant|cannot|couldn'?t) (?:find|locate) (?:it|them|that|one|(?:the|my|a|an|any) (?:${PROOF}))|(?:i )?(?:don'?t|dont|do not) have (?:it|one|that|(?:the|a|an|my|any) (?:${PROOF}))(?: (?:with me|on me|anymore|any more))?|not with me|not on me|lost (?:it|them|the (?:receipt|invoice|box|paperwork)|my (?:receipt|invoice))|threw (?:it|the \\w+) (?:away|out)`,
    ),
  ),
  a('dontKnow', new RegExp(`(?<![a-z0-9'])(?:no|without|lost|missing) (?:the |a |an |my |any )?(?:${PROOF})(?![a-z0-9'])`)),

  // --- fixed
  a('fixed', w('fixed|sorted|solved|resolved|working|works|better|all good|fine now|it works|it works now|(?:i |we )?fixed it|got it working'), 'alone'),
  a(
    'fixed',
    w(
      "(?:that|this|it|which|you) (?:fixed|solved|sorted|did) (?:it|the trick|the problem|the issue)|that did it|did the trick|(?:it'?s|its|it is|is|all|problem|issue|everything'?s?) (?:fixed|sorted|solved|resolved)(?: now)?|(?:it )?works (?:now|again|fine now|great now|perfectly now)|(?:it'?s|its|it is|is) working(?: again| now| fine| fine now| perfectly| normally)?|working (?:now|again|fine now)|it worked|that worked|(?:it|that|this) helped|that'?s better|(?:much|a lot|way|lots|heaps) better|all good now|(?:it'?s |its |it is )?(?:good|fine|ok|okay|normal|better|all good) now|back to normal|up and running|problem (?:solved|gone|fixed)|(?:error|code|the code|the error|error code|[a-z]{1,2}\\d{1,3})'?s? (?:is )?(?:gone|cleared|disappeared)|no more (?:errors?|codes?|noise|leaks?|leaking|problems?)|(?:the )?(?:leak|leaking|noise|beeping|error|code|smell|rattle|rattling)(?: has| is|'s)? (?:stopped|gone)|no problems? (?:now|anymore|any more)",
    ),
  ),
  a(
    'fixed',
    new RegExp(
      `(?<![a-z0-9'])(?:(?:it|its|it's)\\s)?(?:stopped|no longer|not) (?:${SYMPTOM})(?: anymore| any more| now)?(?![a-z0-9'])|(?<![a-z0-9'])(?:it'?s |its |it is )?(?:cooling|heating|draining|spinning|charging|igniting|turning on|starting|working) (?:again|now|properly now|fine now)(?![a-z0-9'])|(?<![a-z0-9'])(?:(?:blowing|pushing|putting out|giving out|giving) )?(?:warm|hot) air (?:is |was )?(?:coming out |blowing |flowing )?(?:again|back)(?: now)?(?![a-z0-9'])|(?<![a-z0-9'])(?:blowing|pushing|putting out|giving out) (?:warm|hot)(?: air)? (?:again|now)(?![a-z0-9'])|(?<![a-z0-9'])(?:the )?(?:heat|heating|warm air|hot air|warmth|fan|airflow) (?:has |is |it )?(?:came|come|coming|started|starts) (?:back|up again)(?: on)?(?![a-z0-9'])`,
    ),
  ),

  // --- notFixed
  a(
    'notFixed',
    w(
      "still (?:(?:not|no|doesn'?t|doesnt|won'?t|wont|isn'?t|isnt|can'?t|cant)(?: [a-z]+)?|nothing|broken|the same|same|leaking|dripping|showing|getting|flashing|blinking|beeping|making|has|have|there|dead|off|warm|hot|cold|noisy|e\\d{1,3}|f\\d{1,3}|h\\d{1,3}|an? (?:error|problem|issue))|same (?:problem|issue|thing|error|code|as before)|(?:didn'?t|didnt|did not|doesn'?t|doesnt|does not|won'?t|wont|isn'?t|isnt) (?:help|work|change anything|do anything|fix (?:it|anything|the problem))|not (?:working|fixed|helping|helpful|solved|resolved|sorted)|(?:isn'?t|isnt|is not|aren'?t|wasn'?t|ain'?t) (?:working|fixed|helping|any better)|(?:it )?just (?:won'?t|wont|will not|doesn'?t|doesnt|does not|isn'?t|isnt|is not|can'?t|cant|keeps) [a-z]+|no luck|no change|no difference|nothing (?:changed|happened|works)|made no difference|didn'?t do (?:anything|a thing)|did nothing|(?:already )?tried (?:that|it|this|those|everything|all (?:of )?that)|it'?s back|came back|happened again|got worse|worse now|no good|nope still|not better",
    ),
  ),

  // "neither one works", "none of them is fixed": a verdict on two products (or two problems) at once, no fix for any.
  // (Longer than the "is fixed" inside it, so it wins over that.)
  a(
    'notFixed',
    w(
      'neither(?: one| of (?:them|the two|those))?(?: (?:is|are|was|were|has been|got|seems?))?(?: (?:fixed|working|sorted|better|solved|ok|okay|fine|any better)|(?: one)? works?| worked| helped)|none of (?:them|it|those|that|the steps|the tips)(?: (?:is|are|was|were))? (?:fixed|working|works|worked|helped|did anything|made a difference)|both (?:are |of them are )?still (?:broken|dead|not working|the same|faulty)',
    ),
  ),
  // "it shows on the menu too", "there on every input": the fault seen on the menu or every source is still there (a TV's panel).
  a(
    'notFixed',
    w(
      '(?:on|in|across|over) the (?:menu|settings|home screen)s? (?:too|as well|also)|(?:also|even) (?:on|in|across) the (?:menu|settings|home screen)|(?:on|with) (?:every|all|each|any) (?:inputs?|sources?|channels?|hdmi)(?: too| as well)?',
    ),
  ),
  // "still throwing E3", "still 4E", "it keeps giving that code": the code still shown is no fix (4E: digits first on some washers).
  a(
    'notFixed',
    w(
      'still (?:throwing|giving|displaying|reading|says|saying|coming up with|on) (?:an? |the |that |this )?(?:same )?(?:code|error|e\\d{1,3}|f\\d{1,3}|h\\d{1,3}|[a-z]{1,2}\\d{1,3})|still (?:shows? |showing |flashing |getting )?(?:code )?(?:[a-z]{1,2}-?\\d{1,3}|\\d{1,2}[a-z]{1,2})\\b|keeps? (?:throwing|giving|showing|displaying|flashing) (?:an? |the |that |this )?(?:same )?(?:code|error)',
    ),
  ),

  // "still wet", "still soaking", "still tripping": the fault's own state still there, in its own adjective.
  // "ok book someone", "just send an engineer": asking for the visit says the steps did not fix it.
  a(
    'notFixed',
    w(
      'still (?:wet|damp|soaking|soaked|dirty|smelly|smells|stinks|loud|full|frozen|icy|stuck|tripping|sparking|slow|weak|empty|running|stopping|cutting out|turning off|switching off|freezing|overheating|not draining|draining slowly)|(?:book|send|get) (?:someone|somebody|an? (?:engineer|technician|tech|repair(?: ?man| visit)?|visit)|the engineer) ?(?:out|over|round|in)?|(?:book|arrange) (?:a |the )?(?:repair|visit|call-?out|engineer visit)',
    ),
  ),

  // "there's still water in the bottom", "the smell is still there": the symptom still there is no fix, whatever it is called.
  a(
    'notFixed',
    w(
      "there(?:'?s| is| are|'re) still|still (?:(?:a |an |some |a bit of |a little |a lot of |lots of |loads of |a couple(?: of)? |a few |an inch of |\\w+ inches of |standing |dirty )?(?:water|puddle|puddles|smell|stink|smoke|ice|frost|noise|sound|code|error|leak|drip|drips|residue|gunk|food|foam|suds|condensation|rattle|buzz|hum|grinding|clicking)|sitting|standing|there|in (?:it|there|the (?:bottom|base|tub|drum|tray|sump)))|(?:is|are|'s|'re) still (?:sitting|standing|there|in (?:it|there|the \\w+)|coming|happening|doing it|the same|showing|on the (?:display|screen))|(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|won'?t) (?:drained|cleared|gone|stopped|changed|budged)",
    ),
  ),

  // --- thanks, bye, greeting
  a(
    'thanks',
    w(
      'thanks?(?: (?:a lot|so much|again|anyway|mate|heaps|a bunch|a million))?|thank (?:you|u|ya)(?: (?:so much|very much|a lot|again))?|thanku|thankyou|thx|thnx|thanx|tnx|tks|tq|ty|tysm|cheers|much appreciated|appreciate (?:it|that|your help|the help)|many thanks|grateful',
    ),
  ),
  a('bye', w('later|laters'), 'alone'),
  a('bye', w("i'?ll (?:get back to you|come back|message you|check and come back|talk to you)(?: later| tomorrow| soon)?|(?:talk|speak|chat) (?:to you )?(?:later|tomorrow|soon)|i'?ll be back")),
  a(
    'bye',
    w(
      "bye+|bye bye|byebye|goodbye|good bye|see (?:you|ya)|cya|ttyl|take care|have a (?:good|nice|great) (?:day|one|evening|night|weekend)|good night|that'?s all|thats all|that'?s everything|nothing else|that'?s it for now|all for now",
    ),
  ),
  a('greeting', w('(?:hi|hello|hey) there|hi+|hello+|hey+|hiya|howdy|yo|good (?:morning|afternoon|evening)|morning|greetings|is anyone there|anyone there|anybody there|are you there'), 'lead'),

  // --- a person
  a('human', w('human|agent|operator|representative|a person|real person|someone|somebody|manager|supervisor|call me|call me back|phone me|ring me'), 'alone'),
  a('human', w('(?:human|agent|person|operator|representative|rep|manager|supervisor)(?: please| pls| plz| now)?'), 'lead'),
  a(
    'human',
    w(
      "(?:i (?:want|need|would like|'?d like) to )?(?:speak|talk|chat) (?:to|with) (?:a |an |your |the |some |real |actual )*(?:human|person|people|someone|somebody|agent|representative|rep|manager|supervisor|operator|staff|engineer)|(?:want|need|get|give|connect|transfer|put) (?:me )?(?:to |through to )?(?:a |an |the |your |some )?(?:real |actual |live )?(?:human|person|agent|representative|operator|manager|supervisor)(?![a-z])|real (?:person|human|people|agent)|actual (?:person|human)|live (?:agent|person|chat|support|human)|customer service (?:rep|representative|agent)|escalate|call me back|(?:can|could|will|would|please have|have) (?:someone|somebody|you|an agent|a person|your manager|the manager) (?:call|ring|phone) me|(?:please )?(?:give me|gimme) a call|(?:please )?call me(?: back| asap| please| now| today)|please call me|phone me|ring me|not (?:a |another )?(?:bot|robot|machine)|stop (?:the )?bot",
    ),
  ),

  // --- small talk
  a(
    'chitchat',
    w(
      "ha(?:ha)+|he(?:he)+|lol+|lmao|rofl|haha+|no worries|you'?re welcome|np|how are you|how r u|how are u|how'?s it going|are you (?:a )?(?:real person|real human|bot|robot|human|real|machine|ai)|r u (?:a )?(?:bot|robot|human|real)|who are you|what'?s your name|what is your name|you'?re (?:funny|smart|cute|great|awesome|sweet)|you are (?:funny|smart|cute|great|awesome)|good bot",
    ),
  ),
];
