/**
 * The conversation-failure detectors on small hand-written transcripts: each catches its kind
 * and stays quiet on a clean conversation.
 */
import { describe, expect, it } from 'vitest';
import { conversationProblems, noReplyTurns, repeatedReplies, thirdAsks } from '../../evals/customers/conversation-detectors';
import { unkeptPromises } from '../../evals/customers/promise-detector';
import type { CustomerRun, ReplayedTurn } from '../../evals/customers/customer-run';
import { keySimilarity, questionKey, questionSentences, sameQuestion } from '../../evals/customers/same-question';

const t = (customer: string, replies: string[], mode = 'bot'): ReplayedTurn => ({ customer, status: 200, replies, mode, ms: 5 });
const runOf = (...turns: ReplayedTurn[]): CustomerRun => ({ turns, errors: [] });

// A good desk: each question once, a restatement, a filed ticket, a goodbye.
const cleanZh = runOf(
  t('吸尘器吸力变小了', ['可以先清理一下尘杯和滤网。清理后好些了吗？']),
  t('没好', ['那我帮您登记上门检修。请问吸尘器的型号是多少？']),
  t('VC-12', ['好的。请问是什么时候买的？']),
  t('去年三月', ['请留一个联系电话？']),
  t('13900000000', ['跟您确认：型号 VC-12，2025年3月购买，电话 13900000000。信息对吗？']),
  t('对', ['已提交工单 AS-20260101-0002，师傅会联系您。']),
  t('谢谢', ['不客气，祝您生活愉快！']),
);
const cleanEn = runOf(
  t('my kettle trips the breaker', ['Please stop using it and keep it unplugged. Did it trip more than once?']),
  t('yes twice', ['Thanks. What is the model number?']),
  t('KT-5', ['When did you buy it?']),
  t('last week', ['Your ticket AS-20260101-0003 is filed.']),
);

describe('on clean conversations', () => {
  it('no detector fires', () => {
    expect(conversationProblems(cleanZh)).toEqual([]);
    expect(conversationProblems(cleanEn)).toEqual([]);
  });
});

describe('turn with no reply', () => {
  it('counts a turn answered with nothing while the bot still has the chat', () => {
    const run = runOf(t('你好', ['您好，请问有什么可以帮您？']), t('在吗', []), t('人呢', []));
    expect(noReplyTurns(run).map((p) => p.turn)).toEqual([2, 3]);
  });

  it('does not count silence after a handoff, nor an error answer without a mode', () => {
    const run = runOf(t('转人工', ['正在为您转接人工客服。'], 'handoff_requested'), t('快点', [], 'handoff_requested'), t('喂', [], 'agent'), { customer: 'x', status: 500, replies: [], ms: 1 });
    expect(noReplyTurns(run)).toEqual([]);
  });
});

describe('reply repeating the previous one', () => {
  it('catches a word-for-word repeat after trimming, across turns and within a turn', () => {
    const run = runOf(t('a', ['请问型号是多少？']), t('b', ['  请问型号是多少？\n']), t('c', ['好的', '好的']));
    expect(repeatedReplies(run).map((p) => p.turn)).toEqual([2, 3]);
  });

  it('compares with the previous reply only, even when a turn in between said nothing', () => {
    const run = runOf(t('a', ['收到。']), t('b', [], 'agent'), t('c', ['收到。'], 'bot'), t('d', ['请稍等。']), t('e', ['收到。']));
    expect(repeatedReplies(run).map((p) => p.turn)).toEqual([3]);
  });

  it('does not call a changed word a repeat', () => {
    expect(repeatedReplies(runOf(t('a', ['请问型号是多少？']), t('b', ['请问购买日期是多少？'])))).toEqual([]);
  });
});

describe('same question asked a third time', () => {
  it('finds the question sentences of a reply', () => {
    expect(questionSentences('好的。请问型号是多少？另外，买了多久了？ Is it 1.5 m wide? Thanks. And the colour?\n谢谢')).toEqual([
      '请问型号是多少?',
      '另外,买了多久了?',
      'Is it 1.5 m wide?',
      'And the colour?',
    ]);
    expect(questionSentences('No question here. 这里也没有。')).toEqual([]);
  });

  it('reduces a question to its letters, so punctuation, width, case and digits do not matter', () => {
    expect(questionKey('请问，您的电话是 139-0000-1111 吗？')).toBe(questionKey('请问您的电话是13822223333吗?'));
    expect(questionKey('What is the MODEL number?')).toBe(questionKey('what is the model number ??'));
    expect(keySimilarity('abc', 'abc')).toBe(1);
  });

  it('treats a small change of wording as the same question, and different questions as different', () => {
    expect(sameQuestion(questionKey('请问您的型号是多少？'), questionKey('您的型号是多少呢？'))).toBe(true);
    expect(sameQuestion(questionKey('Could you tell me the model number?'), questionKey('Could you tell me the model number, please?'))).toBe(true);
    expect(sameQuestion(questionKey('请问您的手机号是多少？'), questionKey('请问您的地址是哪里？'))).toBe(false);
    expect(sameQuestion(questionKey('What is your phone number?'), questionKey('What is your address?'))).toBe(false);
  });

  it('counts the third asking once, however it is punctuated or numbered', () => {
    const run = runOf(t('a', ['请问是哪一年买的？']), t('b', ['好的。请问是哪一年买的?']), t('c', ['请问是哪一年买的呢？（例如2024年）']), t('d', ['请问，是哪一年买的？']));
    const found = thirdAsks(run);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'third_ask', turn: 3 });
  });

  it('does not count a question asked twice, or three different questions', () => {
    expect(thirdAsks(runOf(t('a', ['What is the model number?']), t('b', ['What is the model number?'])))).toEqual([]);
    expect(thirdAsks(runOf(t('a', ['What is the model number?']), t('b', ['When did you buy it?']), t('c', ['What is your address?'])))).toEqual([]);
  });

  it('counts each question that reaches three on its own', () => {
    const ask = 'What is the model number? When did you buy it?';
    expect(thirdAsks(runOf(t('a', [ask]), t('b', [ask]), t('c', [ask]))).map((p) => p.detail)).toEqual([expect.stringMatching(/model number/), expect.stringMatching(/When did you buy it/)]);
  });
});

describe('promises nobody can keep (issue 17: nobody staffs the desk in the replay)', () => {
  it('catches a person promised at once, in either language', () => {
    const zh = runOf(t('转人工', ['好的，马上为您转接人工客服，请稍候。'], 'handoff_requested'));
    const en = runOf(t('human please', ["Sure, I'm connecting you to an agent right away."], 'handoff_requested'));
    expect(unkeptPromises(zh)).toMatchObject([{ kind: 'unkept_promise', turn: 1 }]);
    expect(unkeptPromises(en)).toMatchObject([{ kind: 'unkept_promise', turn: 1 }]);
  });

  it('catches a contact time outside the desk hours or before the conversation began', () => {
    const night = runOf(t('转人工', ['客服会在 12月6日 03:33 前联系您。'], 'handoff_requested'));
    const past = runOf(t('human', ['A person will contact you by 4 Dec, 13:00.'], 'handoff_requested'));
    expect(unkeptPromises(night)[0]?.detail).toMatch(/outside the desk hours/);
    expect(unkeptPromises(past)[0]?.detail).toMatch(/before the conversation/);
  });

  it('stays quiet on honest promises, safety advice that says "at once", and a customer abroad’s local time', () => {
    const honest = runOf(
      t('转人工', ['人工客服此刻没有空闲。客服会在 12月5日 13:00 前联系您，您的留言都会转给客服。'], 'handoff_requested'),
      t('有燃气味', ['请马上关闭燃气阀，开窗通风，到室外再打电话。'], 'handoff_requested'),
      t('ok', ['The engineer will call you by 5 Dec, 20:00 China time (that is 5 Dec, 17:30 in India) to arrange the visit.']),
      t('ok', ['I cannot connect you to a person right away: nobody is online now; someone will contact you by 7 Dec, 09:00.']),
    );
    expect(unkeptPromises(honest)).toEqual([]);
  });
});
