/**
 * Chinese segmentation with jieba. Search mode (`cutForSearch`) also emits the shorter words inside
 * long ones (格力空调 -> 格力, 空调, 格力空调), which is what keyword matching wants. The dictionary
 * is loaded once per process (about a quarter of a second) and only when Chinese text shows up.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

export function segmentChinese(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cutForSearch(text, true);
}

/**
 * Function words and chat filler that say nothing about the fault. Kept short on purpose:
 * negations (不, 没) change meaning ("不制冷") and stay.
 */
export const CHINESE_STOPWORDS = new Set(
  (
    '的 了 吗 呢 吧 啊 呀 哦 嗯 哈 么 是 在 我 我家 我们 你 你们 您 他 她 它 这 那 这个 那个 有 和 与 及 就 都 也 还 又 很 太 挺 ' +
    '一下 一直 一个 怎么 怎么办 怎么回事 咋 咋办 咋整 咋回事 什么 啥 为什么 为啥 如何 请问 请 帮 帮忙 帮我 麻烦 谢谢 你好 您好 ' +
    '今天 昨天 最近 刚才 突然 现在 时候 会 能 可以 要 想 得 地 着 过 把 被 给 让 到 从 对 说 看 看看 问 问下 问一下 下 个 上 里 ' +
    '老是 总是 经常 一 了呢 呗 哎 唉 哇 嘛 啦 喽 咧 额 呃'
  ).split(/\s+/),
);
