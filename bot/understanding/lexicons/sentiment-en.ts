/**
 * English sentiment lexicon: word or short phrase -> weight (about -3..3), in the spirit of AFINN
 * and VADER but limited to what product and service messages use.
 *
 * Where the words come from: written by the team from the after-sales conversations of appliances
 * and phones (faults, repairs, visits, refunds, service attitude) and from general English
 * evaluative words (good, terrible, disappointed, scam ...). No entry was taken from or checked
 * against a scored dataset (evals/sentiment/datasets.ts). Review idioms of the scored phone and
 * accessory reviews (fits well, works like a charm, dropped calls, tinny, don't buy ...) and every
 * misspelling were removed in issue 15 and may not come back; a phrase that the negators and
 * intensifiers already compose (not good, very disappointed) is not listed on its own. The one
 * deliberate informality: apostrophe-less negations (dont, isnt) are how customers type in chat.
 * test/understanding/lexicon-provenance.test.ts checks this.
 */
export const EN_SENTIMENT: Record<string, number> = {
  // positive
  good: 1.5, great: 2.5, excellent: 3, love: 2.5, loved: 2.5, loves: 2.5, amazing: 3, awesome: 3, perfect: 3,
  happy: 2, pleased: 2, thanks: 1, thank: 1, 'thank you': 1.5, nice: 1.5, fast: 1, quick: 1, easy: 1.5,
  impressed: 2.5, fine: 0.8, clear: 1, sturdy: 1.5, reliable: 2, recommend: 2, recommended: 2, best: 2.5, better: 1,
  cool: 1, works: 1, solid: 1.5, satisfied: 2, helpful: 2, friendly: 2, professional: 1.5, polite: 1.5, prompt: 1,
  beautiful: 2, worth: 1.5, ideal: 2, excited: 2, wonderful: 3, fantastic: 3, superb: 3, outstanding: 3,
  incredible: 2.5, glad: 1.5, enjoy: 2, enjoyed: 2, appreciate: 1.5, cheers: 1, flawless: 3, smooth: 1.5,
  convenient: 1.5, 'no problems': 2, 'no problem': 1.5, 'no complaints': 2, 'no issues': 2, pleasure: 2,
  brilliant: 3, worked: 1, durable: 1.5, favorite: 2, 'no trouble': 1.5,
  // negative
  bad: -2, poor: -2, poorly: -2, terrible: -3, worst: -3, awful: -3, horrible: -3, broken: -1.5, broke: -1.5,
  useless: -2.5, waste: -2.5, 'waste of money': -3, disappointed: -2.5, disappointing: -2.5, junk: -3, crap: -3,
  crappy: -3, hate: -2.5, hated: -2.5, fail: -2, failed: -2, fails: -2, failure: -2, problem: -1, problems: -1.2,
  issue: -0.8, issues: -1, defective: -2.5, return: -0.8, died: -2, dead: -1.8, unacceptable: -3, ridiculous: -2.5,
  rude: -2.5, slow: -1.2, flimsy: -2, garbage: -3, sucks: -3, suck: -2.5, annoying: -2, annoyed: -2, angry: -2.5,
  furious: -3, livid: -3, fuming: -3, infuriating: -3, infuriated: -3, mad: -2, upset: -2, frustrated: -2.5, frustrating: -2.5, 'not working': -2, 'stopped working': -2.5,
  "doesn't work": -2.5, "didn't work": -2, "won't": -0.8, 'does not work': -2.5, refund: -1, 'money back': -2,
  joke: -2, pathetic: -3, scam: -3, 'rip off': -3, ripoff: -3, lousy: -2.5, mediocre: -1.5, unreliable: -2.5,
  unusable: -3, worthless: -3, weak: -1.2, painful: -2, noise: -1, noisy: -1.5, leak: -1, leaking: -1.2, leaks: -1.2,
  smell: -0.8, flooded: -2, ruined: -2.5, ruining: -2.5, damaged: -2, scratched: -1.5, cracked: -1.5, dented: -1.5,
  faulty: -2, wrong: -1.5, difficult: -1.2, hard: -0.5, impossible: -2, disappointment: -2.5, regret: -2.5,
  buggy: -2, glitch: -1.5, glitches: -1.5, freezes: -1.5, unhappy: -2.5, dissatisfied: -2.5, incompetent: -3,
  nobody: -1, waiting: -0.8, waited: -1, 'still not': -1.5, again: -0.5, unfortunately: -1.5, sadly: -1.5,
  lacks: -1.2, lacking: -1.2, overpriced: -2, expensive: -1, fake: -2.5, misleading: -2.5, 'fed up': -2.5,
  'sick of': -2.5, 'done with': -2, ignored: -2, hassle: -1.8, nightmare: -3, disgrace: -3, shame: -2, stupid: -2.5,
  dumb: -2, crashed: -2, crashes: -2, bogus: -2.5, bummer: -2, 'stopped': -1, 'quit working': -2.5, 'no longer': -1,
  'hard to': -1.2, mess: -1.5,
  // profanity (also flagged)
  fuck: -3, fucking: -3, 'f***ing': -3, 'f**k': -3, shit: -3, shitty: -3, damn: -2, wtf: -3, bullshit: -3,
  'pissed off': -3,
};

/** Product-fault words: lower the score, but are not anger (see ZH_PRODUCT_PROBLEM). */
export const EN_PRODUCT_PROBLEM = new Set([
  'broken', 'broke', 'noise', 'noisy', 'leak', 'leaking', 'leaks', 'smell', 'dead', 'died', 'problem', 'problems', 'issue', 'issues',
  'not working', 'stopped working', "doesn't work", "didn't work", 'does not work', "won't", 'fail', 'failed', 'fails', 'failure',
  'faulty', 'defective', 'cracked', 'flooded', 'freezes', 'crashes', 'crashed', 'glitch', 'glitches', 'slow', 'weak',
  'damaged', 'scratched', 'dented', 'hard', 'difficult', 'return', 'refund',
  'buggy', 'lacks', 'lacking', 'waiting', 'again',
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
