/**
 * Readers of the customer's wish (issue 16): a delivery asked in Chinese, "not a fault", asking
 * whether the request went in, taking up a booking, returning to the open problem, and a new
 * appliance's installation. Each is checked on wordings it must read and on near misses it must not.
 */
import { describe, expect, it } from 'vitest';
import { deniesFault, elsewhereTopic, withoutElsewhere } from '../../bot/understanding/elsewhere';
import { asksIfFiled, asksWhatNext } from '../../bot/understanding/filed-check';
import { booksIt, goesAhead } from '../../bot/understanding/go-ahead';
import { backToProblem } from '../../bot/understanding/back-to-problem';
import { asksNewInstall } from '../../bot/understanding/new-install';

describe('a delivery in Chinese', () => {
  it.each([
    '冰箱几天能到',
    '空调啥时候送货',
    '下单三天了还没发货',
    '快递一直没送到',
    '物流两天没更新了',
    '配送什么时候到',
    '我问的是送货的事',
    '电视什么时候能送过来',
    '洗衣机哪天到货',
    '扫地机器人下单了 还没到',
  ])('%s', (t) => expect(elsewhereTopic(t)).toBe('delivery'));
  it.each(['冰箱不制冷', '保修几天', '师傅什么时候到', '退款多久到账', '热水器到了但是打不着火', '买了三个月还没好'])('not: %s', (t) => expect(elsewhereTopic(t)).not.toBe('delivery'));
  it('leaves a fault told besides the delivery', () => expect(withoutElsewhere('物流显示已签收 但是冰箱不制冷')).toMatch(/不制冷/));
  it.each(['不是坏了', '没坏', '不是故障', "it's not broken", 'nothing is wrong with it'])('denies a fault: %s', (t) => expect(deniesFault(t)).toBe(true));
  it.each(['坏了', '冰箱不制冷了', 'it is broken'])('no denial: %s', (t) => expect(deniesFault(t)).toBe(false));
});

describe('did it go through', () => {
  it.each([
    '提交成功了吗',
    '登记上了没',
    '报上了吗',
    '约好了没有',
    '是不是已经提交了',
    '工单号是多少',
    '成功了吗？',
    'did it go through?',
    'has my request been submitted',
    'so is it booked?',
    'did you book it',
    'am I booked?',
    "what's my ticket number",
  ])('%s', (t) => expect(asksIfFiled(t)).toBe(true));
  it.each(['冰箱不制冷', '怎么提交发票', '什么时候来', 'the fridge went through a power cut', 'is it covered?', '好了'])('not: %s', (t) => expect(asksIfFiled(t)).toBe(false));
  it.each(['那接下来呢', '然后呢', '我等着就行了吗', 'what happens next?', 'now what'])('what next: %s', (t) => expect(asksWhatNext(t)).toBe(true));
});

describe('taking up a booking', () => {
  it.each([
    '行 那你给我安排吧',
    '那就报修吧',
    '好的 那帮我约一下师傅',
    '那派个人来吧',
    '可以 预约吧',
    '那麻烦帮我登记一下',
    'ok book it then',
    'alright, send someone',
    'fine, schedule a visit',
    "let's book it",
    'go ahead and book an engineer',
  ])('%s', (t) => expect(booksIt(t)).toBe(true));
  it.each(['周末能上门吗', '上门要收费吗', '不用安排了', '我没说要报修', 'how do I book a repair?', 'can I book for Saturday?', '冰箱不制冷了'])('not: %s', (t) => expect(booksIt(t)).toBe(false));
  it.each(['go ahead', 'ok, do it', '行 就这么办'])('bare go-ahead: %s', (t) => expect(goesAhead(t)).toBe(true));
});

describe('back to the open problem', () => {
  const about = '洗衣机脱水时噪音很大 洗衣机脱水时震动大、乱跑 洗衣机 washing machine';
  it.each(['那刚才那个问题呢', '回到我那个噪音的事', '说回洗衣机', '我的问题还没解决呢', '那噪音呢', '那刚才的报修呢'])('%s', (t) => expect(backToProblem(t, about)).toBe(true));
  it.each(['那冰箱呢', '那上门费呢', '周末上班吗', '噪音是什么原因', '回到首页'])('not: %s', (t) => expect(backToProblem(t, about)).toBe(false));
  const en = 'my fridge makes a loud buzzing noise Fridge is noisy fridge';
  it.each(['ok and the noise?', 'back to my fridge problem', 'what about my original issue?', 'so what about the buzzing'])('%s', (t) => expect(backToProblem(t, en)).toBe(true));
  it.each(['what about the warranty?', 'and the price?', 'back to the main menu'])('not: %s', (t) => expect(backToProblem(t, en)).toBe(false));
});

describe('a new appliance’s installation', () => {
  it.each([
    '新买的热水器师傅什么时候来装',
    '空调到了谁来安装',
    '送货包安装吗',
    '刚买的洗碗机安装收费吗',
    'who installs the new dishwasher?',
    'is installation included?',
    'my new tv arrived, when will someone come to install it?',
  ])('%s', (t) => expect(asksNewInstall(t)).toBe(true));
  it.each(['师傅什么时候来', '空调移机多少钱', '热水器安装在卫生间可以吗', 'the engineer is late'])('not: %s', (t) => expect(asksNewInstall(t)).toBe(false));
});
