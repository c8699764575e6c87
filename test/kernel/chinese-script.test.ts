import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../kernel/text/normal-form';
import { scriptWrittenIn, toSimplifiedChinese, toTraditionalChinese } from '../../kernel/text/chinese-script';

describe('traditional characters in the normal form', () => {
  it.each([
    ['洗衣機脫水時一直響', '洗衣机脱水时一直响'],
    ['插頭那邊有燒焦味，還冒煙', '插头那边有烧焦味,还冒烟'],
    ['新北市板橋區文化路二段12巷3弄5號7樓', '新北市板桥区文化路二段12巷3弄5号7楼'],
    ['發票日期是去年十月', '发票日期是去年十月'],
    ['請師傅明天下午過來', '请师傅明天下午过来'],
    ['熱水器顯示E1', '热水器显示E1'],
  ])('%s reads as %s', (said, read) => {
    expect(normaliseText(said)).toBe(read);
  });

  it("reads Taiwan's and Hong Kong's own words in mainland ones", () => {
    expect(normaliseText('廚房的瓦斯爐好像在漏氣')).toBe('厨房的燃气炉好像在漏气');
    expect(normaliseText('這台還有保固嗎')).toBe('这台还有保修吗');
    expect(normaliseText('屋企部雪櫃唔夠凍')).toBe('家里部冰箱不够冻');
  });

  it('reads written Cantonese in Mandarin words, so the question it asks is heard', () => {
    expect(normaliseText('部洗衣機裝嗰陣使唔使俾錢')).toContain('要不要');
    expect(normaliseText('條喉唔夠長，加長點計')).toBe('条管不够长,加长怎么算');
    expect(normaliseText('拆咗再裝點收？')).toBe('拆了再装怎么收?');
    expect(normaliseText('我部雪櫃仲有冇保養呀')).toBe('我部冰箱还有没有保修呀');
    expect(normaliseText('保養期過咗未')).toBe('保修期过了未');
    expect(normaliseText('喺邊度可以整？')).toBe('在哪里可以修?');
  });

  it('keeps the Cantonese words that mean something else where they stand', () => {
    // Servicing, not the warranty; a thanks, not "not"; arbitration; the throat; tidying up.
    expect(normaliseText('冷氣機點樣保養先好')).toBe('空调机怎么保养先好');
    expect(normaliseText('唔該，師傅幾時嚟整')).toBe('唔该,师傅几时来修');
    expect(normaliseText('我想申請仲裁')).toBe('我想申请仲裁');
    expect(normaliseText('喉嚨好痛')).toBe('喉咙好痛');
    expect(normaliseText('幫我整理一下單據')).toBe('帮我整理一下单据');
    // Taiwan's 保養 is always the servicing.
    expect(normaliseText('這台冷氣還有保養嗎')).toBe('这台空调还有保养吗');
  });

  it('leaves simplified text as written, even characters both scripts use', () => {
    for (const text of ['龙湖源著小区8栋', '乾隆路的空调坏了', '电话13800138000', '冰箱不制冷了']) expect(toSimplifiedChinese(text)).toBe(text);
  });

  it('leaves digits, codes and Latin alone', () => {
    expect(normaliseText('單號 AS-20261207-59AC，電話0912-345-678')).toBe('单号 AS-20261207-59AC,电话0912-345-678');
  });
});

describe('the script a customer writes', () => {
  it.each([
    ['冷氣不會冷了', 'tw'],
    ['我家的電熱水器一直跳電', 'tw'],
    ['部冷氣機壞咗，幾時有人嚟整', 'hk'],
    ['我喺九龍，洗衣機漏水', 'hk'],
    ['空调不制冷了', 'simplified'],
    // 么 is simplified, though Taiwan's variant table folds it to 幺.
    ['这到底是什么意思', 'simplified'],
    ['洗衣机怎么一直响', 'simplified'],
    ['好的', undefined],
    ['0912345678', undefined],
    ['my fridge is broken', undefined],
  ])('%s is %s', (text, script) => {
    expect(scriptWrittenIn(text)).toBe(script);
  });
});

describe('replies in the customer script', () => {
  it("writes Taiwan's characters and words, numbers and codes untouched", () => {
    expect(toTraditionalChinese('您的保修还在期内，工单号 AS-20261207-59AC，师傅会打 0912 345 678 联系您。', 'tw')).toBe('您的保固還在期內，工單號 AS-20261207-59AC，師傅會打 0912 345 678 聯繫您。');
    expect(toTraditionalChinese('请先关闭燃气阀门，开窗通风。', 'tw')).toBe('請先關閉瓦斯閥門，開窗通風。');
  });

  it("writes Hong Kong's characters", () => {
    expect(toTraditionalChinese('请先关闭燃气阀门，里面的水倒掉。', 'hk')).toBe('請先關閉燃氣閥門，裏面的水倒掉。');
  });

  it('keeps the fault-code wording (no Taiwan phrase swap of 代码)', () => {
    expect(toTraditionalChinese('故障代码 E1 表示水压不足', 'tw')).toBe('故障代碼 E1 表示水壓不足');
  });
});
