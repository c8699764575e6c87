/**
 * English sentiment lexicon: word or short phrase -> weight (about -3..3), in the spirit of AFINN
 * and VADER but limited to what product and service messages use.
 */
export const EN_SENTIMENT: Record<string, number> = {
  // positive
  good: 1.5, great: 2.5, excellent: 3, love: 2.5, loved: 2.5, loves: 2.5, amazing: 3, awesome: 3, perfect: 3, happy: 2, pleased: 2,
  thanks: 1, thank: 1, 'thank you': 1.5, nice: 1.5, fast: 1, quick: 1, easy: 1.5, impressed: 2.5, fine: 0.8, comfortable: 1.5,
  clear: 1, sturdy: 1.5, reliable: 2, recommend: 2, recommended: 2, best: 2.5, better: 1, cool: 1, works: 1, 'works great': 2.5,
  'works well': 2, 'works perfectly': 2.5, 'well made': 2, quality: 0.8, 'high quality': 2, 'good quality': 2, solid: 1.5,
  satisfied: 2, helpful: 2, friendly: 2, professional: 1.5, polite: 1.5, prompt: 1, beautiful: 2, cute: 1.5, pretty: 1, worth: 1.5,
  bargain: 1.5, cheap: 0.3, ideal: 2, excited: 2, wonderful: 3, fantastic: 3, superb: 3, outstanding: 3, incredible: 2.5,
  glad: 1.5, enjoy: 2, enjoyed: 2, appreciate: 1.5, cheers: 1, flawless: 3, smooth: 1.5, crisp: 1.5, loud: 0.3, convenient: 1.5,
  light: 0.5, lightweight: 1, comfortably: 1.5, secure: 1, 'no problems': 2, 'no problem': 1.5, 'no complaints': 2, 'no issues': 2,
  handy: 1.5, 'a must': 2, unbeatable: 2.5, 'as described': 1, 'as advertised': 1, pleasure: 2, brilliant: 3, 'very well': 1.5,
  'highly recommend': 2.5, 'well worth': 2.5, worked: 1, 'as expected': 1, durable: 1.5, sharp: 1, 'fits perfectly': 2,
  'fits well': 1.5, fits: 0.5, 'long battery': 1, 'great value': 2.5, 'good value': 2, value: 0.5, 'love it': 2.5, 'love this': 2.5,
  sweet: 1.5, favorite: 2, 'very happy': 2.5, 'so far so good': 1.5, charm: 1.5, 'a charm': 2, 'no trouble': 1.5,
  // negative
  bad: -2, poor: -2, poorly: -2, terrible: -3, worst: -3, awful: -3, horrible: -3, broken: -1.5, broke: -1.5, useless: -2.5, waste: -2.5,
  'waste of money': -3, disappointed: -2.5, disappointing: -2.5, dissapointed: -2.5, junk: -3, crap: -3, crappy: -3, hate: -2.5,
  hated: -2.5, fail: -2, failed: -2, fails: -2, failure: -2, problem: -1, problems: -1.2, issue: -0.8, issues: -1, defective: -2.5,
  returned: -1.5, return: -0.8, died: -2, dead: -1.8, unacceptable: -3, ridiculous: -2.5, rude: -2.5, slow: -1.2, cheaply: -2,
  flimsy: -2, garbage: -3, sucks: -3, suck: -2.5, annoying: -2, annoyed: -2, angry: -2.5, furious: -3, mad: -2, upset: -2,
  frustrated: -2.5, frustrating: -2.5, 'not working': -2, 'stopped working': -2.5, "doesn't work": -2.5, "didn't work": -2,
  "won't": -0.8, 'does not work': -2.5, 'do not buy': -3, "don't buy": -3, refund: -1, 'money back': -2, joke: -2, pathetic: -3,
  scam: -3, 'rip off': -3, ripoff: -3, lousy: -2.5, mediocre: -1.5, unreliable: -2.5, unusable: -3, worthless: -3, weak: -1.2,
  uncomfortable: -2, hurts: -1.5, painful: -2, static: -1.2, noise: -1, noisy: -1.5, leak: -1, leaking: -1.2, leaks: -1.2, smell: -0.8,
  flooded: -2, ruined: -2.5, ruining: -2.5, damaged: -2, scratched: -1.5, cracked: -1.5, dented: -1.5, faulty: -2, wrong: -1.5,
  difficult: -1.2, hard: -0.5, impossible: -2, fell: -1, 'fell apart': -2.5, 'falls apart': -2.5, 'falls off': -1.5,
  disappointment: -2.5, regret: -2.5, avoid: -2, beware: -2, warning: -1, buggy: -2, glitch: -1.5, glitches: -1.5, freezes: -1.5,
  drops: -1, dropped: -1, 'dropped calls': -2, unhappy: -2.5, dissatisfied: -2.5, incompetent: -3, nobody: -1, waiting: -0.8,
  waited: -1, 'still not': -1.5, again: -0.5, unfortunately: -1.5, sadly: -1.5, lacks: -1.2, lacking: -1.2, tinny: -1.5,
  overpriced: -2, expensive: -1, fake: -2.5, misleading: -2.5, 'fed up': -2.5, 'sick of': -2.5, 'done with': -2, ignored: -2,
  hassle: -1.8, nightmare: -3, disgrace: -3, shame: -2, stupid: -2.5, dumb: -2, 'not good': -2, 'not happy': -2.5, 'no good': -2,
  'very poor': -3, unreliably: -2, 'too small': -1.2, 'too big': -1, 'not worth': -2.5, garbled: -2, echo: -1, cuts: -1,
  'cut out': -1.5, 'cuts out': -1.5, crashed: -2, crashes: -2, 'piece of junk': -3, bogus: -2.5, bummer: -2,
  'not recommend': -2.5, 'broke after': -2.5, 'stopped': -1, 'quit working': -2.5, 'gave up': -1.5,
  'not impressed': -2, 'very disappointed': -3, 'no longer': -1, 'too bad': -1.5, 'doesnt work': -2.5, 'piece of crap': -3,
  'only lasted': -2, 'fell off': -1.5, 'hard to': -1.2, mess: -1.5, 'left a mess': -2,
  // profanity (also flagged)
  fuck: -3, fucking: -3, 'f***ing': -3, 'f**k': -3, shit: -3, shitty: -3, damn: -2, wtf: -3, bullshit: -3, 'pissed off': -3,
};

/** Product-fault words: lower the score, but are not anger (see ZH_PRODUCT_PROBLEM). */
export const EN_PRODUCT_PROBLEM = new Set([
  'broken', 'broke', 'noise', 'noisy', 'leak', 'leaking', 'leaks', 'smell', 'dead', 'died', 'problem', 'problems', 'issue', 'issues',
  'not working', 'stopped working', "doesn't work", "didn't work", 'does not work', "won't", 'fail', 'failed', 'fails', 'failure',
  'faulty', 'defective', 'cracked', 'flooded', 'static', 'freezes', 'crashes', 'crashed', 'glitch', 'glitches', 'slow', 'weak',
  'drops', 'dropped', 'dropped calls', 'damaged', 'scratched', 'dented', 'hard', 'difficult', 'return', 'returned', 'refund',
  'echo', 'cuts', 'cut out', 'cuts out', 'buggy', 'hurts', 'uncomfortable', 'lacks', 'lacking', 'tinny', 'garbled', 'waiting', 'again',
]);

export const EN_NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'without', 'hardly', 'barely', 'neither', 'nor', 'none', "don't", 'dont', "doesn't", 'doesnt',
  "isn't", 'isnt', "wasn't", 'wasnt', "won't", 'wont', "can't", 'cant', 'cannot', "couldn't", "didn't", 'didnt', "aren't", "weren't",
  "shouldn't", "wouldn't", "haven't", "hasn't", 'nobody',
]);
export const EN_INTENSIFIERS: Record<string, number> = {
  very: 1.4, really: 1.4, so: 1.3, extremely: 1.8, super: 1.5, absolutely: 1.7, totally: 1.5, too: 1.3, incredibly: 1.7,
  quite: 1.15, highly: 1.5, completely: 1.5, utterly: 1.8, truly: 1.4, most: 1.3, such: 1.3, ever: 1.2, 'so much': 1.5,
};
export const EN_DIMINISHERS: Record<string, number> = { slightly: 0.5, somewhat: 0.6, 'kind of': 0.6, 'sort of': 0.6, 'a bit': 0.6, 'a little': 0.6, barely: 0.5 };
export const EN_CONTRAST = new Set(['but', 'however', 'although', 'though', 'yet', 'except']);
