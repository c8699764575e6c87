/**
 * Chinese sentiment lexicon: word -> weight (about -3..3). Matched longest-first, so compounds
 * that contain a negator (不错, 不好, 没问题) are read as one word before negation is considered.
 * Product-fault words are mildly negative: a fault report is not anger by itself.
 *
 * Where the words come from: written by the team from the after-sales conversations of appliances
 * and phones (faults, repairs, visits, fees, service attitude) and from general Chinese evaluative
 * words (好, 差, 满意, 失望, 骗子 ...). No entry was taken from or checked against a scored dataset
 * (evals/sentiment/datasets.ts). Words specific to the scored sets' domains (food and delivery,
 * hotels and rooms) were removed in issue 15 and may not come back: a word is added only when it
 * can be justified from after-sales of appliances and phones or as general evaluative Chinese,
 * never because a dataset contains it. test/understanding/lexicon-provenance.test.ts checks this.
 */
export const ZH_SENTIMENT: Record<string, number> = {
  // positive
  好: 1, 很好: 1.5, 挺好: 1.3, 不错: 1.5, 满意: 2, 很满意: 2.5, 喜欢: 1.5, 谢谢: 1, 感谢: 1.5, 多谢: 1, 棒: 2, 赞: 2, 点赞: 2, 给力: 2, 方便: 1,
  快: 0.8, 很快: 1.2, 干净: 1.5, 舒服: 1.5, 专业: 1.5, 耐心: 1.5, 热情: 1.5, 及时: 1.2, 值: 1, 值得: 1.5, 实惠: 1.5, 推荐: 1.5, 完美: 2.5,
  优秀: 2, 漂亮: 1.5, 清楚: 0.8, 划算: 1.5, 好用: 2, 靠谱: 2, 周到: 1.5, 安静: 1, 超值: 2, 准时: 1.2, 快捷: 1.2, 便宜: 1, 贴心: 1.5, 细心: 1.2,
  友好: 1.5, 客气: 1, 礼貌: 1.2, 不贵: 1, 解决了: 1.5, 修好了: 1.5, 辛苦了: 1, 放心: 1.2, 开心: 1.5, 高兴: 1.5, 惊喜: 1.5, 好评: 2, 五星: 2,
  一流: 2, 不愧: 1, 没问题: 0.8, 没毛病: 1, 正常: 0.3, 物美价廉: 2, 物超所值: 2, 稳定: 1, 流畅: 1.5, 清晰: 1.2, 耐用: 1.5, 精致: 1.2, 大方: 1,
  性价比高: 2, 还行: 0.5, 还可以: 0.5, 可以: 0.3, 挺不错: 1.8, 很棒: 2.2, 太棒了: 2.5, 超级好: 2.2, 棒棒: 2, 挺快: 1.2, 蛮好: 1.2,
  // negative
  差: -2, 很差: -2.5, 太差: -2.8, 极差: -3, 差劲: -2.5, 垃圾: -3, 坏: -1, 坏了: -1, 烂: -2, 慢: -1.2, 很慢: -1.8, 太慢: -2, 失望: -2,
  不满: -2, 生气: -2, 愤怒: -2.5, 气死: -2.8, 无语: -2, 坑: -2, 坑人: -2.5, 骗: -2, 骗子: -3, 投诉: -1.5, 恶心: -2.5, 糟糕: -2.5, 问题: -0.5,
  故障: -0.8, 漏水: -0.8, 吵: -1.2, 脏: -2, 贵: -1, 难: -0.8, 麻烦: -0.8, 后悔: -2.2, 退: -0.8, 退款: -1, 退钱: -1.5, 不行: -1.5,
  不好: -1.5, 没用: -1.5, 破: -1.5, 忍无可忍: -3, 崩溃: -2.5, 敷衍: -2.2, 不耐烦: -2, 异味: -1.2, 臭: -2, 噪音: -1, 吵闹: -1.5, 漏了: -1.2,
  迟到: -1.5, 超时: -1.5, 等了: -0.8, 再也不: -2.5, 最后一次: -2, 不会再: -2, 差评: -2.5, 上当: -2.5, 受骗: -2.5, 欺骗: -2.5, 离谱: -2.2,
  过分: -2, 可恶: -2.5, 讨厌: -2, 烦: -1.5, 烦死: -2.5, 郁闷: -1.8, 难受: -1.5, 心累: -2, 窝火: -2.5, 恼火: -2.5, 气炸: -2.8, 火大: -2.5, 受不了: -2.2, 不靠谱: -2.2,
  不专业: -2, 不负责: -2.2, 不负责任: -2.5, 没人管: -2, 没人理: -2, 没人回: -2, 打不通: -1.2, 不制冷: -1, 不制热: -1, 不加热: -1, 不出水: -1, 不排水: -1,
  没反应: -1, 不能用: -1.5, 用不了: -1.5, 没法用: -1.5, 坏掉: -1.2, 又坏了: -2, 漏电: -1.5, 冒烟: -1.5, 起火: -2, 着火: -2, 踢皮球: -2.2, 推卸: -2,
  态度差: -2.5, 服务差: -2.5, 质量差: -2.5, 不值: -1.8, 不值得: -2, 浪费: -1.5, 冷冰冰: -1.2, 不方便: -1.2, 不干净: -2, 不舒服: -1.5, 一般: -0.5,
  一般般: -0.8, 凑合: -0.5, 勉强: -0.8, 将就: -0.8, 失败: -1.5, 发霉: -2, 太贵: -1.8, 偏贵: -1, 不热: -1, 不冷: -1, 慢死: -2.5, 等死: -2.5,
  效果不好: -1.5, 不好使: -1.5, 蠢: -2, 太蠢: -2.5, 听不懂: -1.5, 扯: -1, 别扯: -1.5, 不耐烦了: -2, 等不了: -1.5, 别让我等: -1.8, 烦人: -2,
  折腾: -1.5, 白跑: -1.5,
  // profanity and insults (also flagged by the profanity list)
  他妈: -3, 妈的: -3, 他妈的: -3, 操: -3, 草泥马: -3, 傻逼: -3, 傻: -1.5, 滚蛋: -3, 滚开: -3, 你滚: -3, 死光: -3, 狗屁: -3, 破玩意: -2.5,
  什么鬼: -2,
};

/**
 * Words that describe what is wrong with the product rather than how the customer feels: they
 * lower the sentiment score but do not count as anger (a fault report is not an angry customer).
 */
export const ZH_PRODUCT_PROBLEM = new Set([
  '坏', '坏了', '坏掉', '慢', '很慢', '太慢', '故障', '漏水', '吵', '噪音', '吵闹', '异味', '臭', '不制冷', '不制热', '不加热',
  '不出水', '不排水', '没反应', '不能用', '用不了', '没法用', '漏电', '冒烟', '起火', '着火', '问题', '不热', '不冷',
  '发霉', '漏了', '不干净', '效果不好', '不好使', '不行', '难', '麻烦', '一般', '退', '又坏了',
]);

/** Words before a sentiment word that flip it (不满意, 没有问题 is handled as its own entry). */
export const ZH_NEGATORS = ['不', '没', '没有', '无', '别', '未', '非', '毫不', '并不', '一点也不', '不太', '不够', '不是', '不算', '没那么'];
export const ZH_INTENSIFIERS: Record<string, number> = {
  很: 1.4, 非常: 1.7, 太: 1.6, 特别: 1.6, 超: 1.6, 超级: 1.8, 极: 1.8, 极其: 1.8, 十分: 1.6, 相当: 1.4, 真: 1.3, 真的: 1.4,
  最: 1.6, 巨: 1.7, 贼: 1.6, 挺: 1.15, 蛮: 1.15, 更: 1.2, 越来越: 1.3, 实在: 1.4, 简直: 1.6, 完全: 1.4, 都: 1.1,
};
export const ZH_DIMINISHERS: Record<string, number> = { 有点: 0.6, 有些: 0.6, 稍微: 0.5, 略: 0.6, 一点: 0.7, 还算: 0.7, 比较: 0.9 };
/** After these, the customer's real point follows: 外观不错，就是太吵. */
export const ZH_CONTRAST = /但是|但|可是|不过|然而|就是|只是|却/;
