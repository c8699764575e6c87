/**
 * Several people in one home feeling ill at once (全家都头晕, "my wife and I both have headaches"):
 * what carbon monoxide looks like when nobody has thought of the heater yet. One person with a
 * cold is not; so a named ordinary illness (感冒, flu, food poisoning) makes the pair harmless.
 */
import { anyOf } from './hazard-words';

/** More than one person at home, said as a group. */
export const HOUSEHOLD_GROUP = anyOf(
  '全家', '一家人', '一家(?:三|四|五|几)口', '家里(?:人|的人|几个人|好几个人|大人小孩|老人孩子)?[^,，。]{0,6}(?:都|全|也都)', '我(?:和|跟)(?:老公|老婆|媳妇|爱人|对象|孩子|小孩|儿子|女儿|爸|妈|爸妈|家人|室友)[^,，。]{0,4}都', '(?:好|几|两|三)个人都', '我们(?:俩|两个|几个|全家|一家)?都', '(?:老婆|老公|孩子|小孩|爸妈|父母|老人|媳妇|爱人)(?:和|跟|还有)?我(?:也)?都', '(?:老婆|老公|媳妇|爱人)(?:和|跟)?(?:孩子|小孩|儿子|女儿)(?:也)?都', '大人孩子都',
  '\\beveryone (?:at home|in the (?:house|flat|apartment|family|home))\\b', '\\b(?:the )?whole (?:family|household)\\b', '\\ball of us\\b', '\\bwe (?:all|both)\\b', '\\bboth of us\\b', '\\b(?:the )?(?:kids|children|family) (?:all|both|too)\\b',
  '\\bmy (?:wife|husband|partner|son|daughter|kids?|children|mum|mom|dad|parents?)\\b[^.?!]{0,30}\\b(?:and (?:i|me|my \\w+)|both|too|as well)\\b', '\\b(?:several|two|three|a few) of us\\b',
);

/** Illness with a cause of its own, or a headache that is only a figure of speech about the appliance. */
export const ORDINARY_ILLNESS = anyOf(
  '感冒', '发烧', '发热', '流感', '新冠', '阳了', '咳嗽', '鼻塞', '流鼻涕', '嗓子', '吃坏', '食物中毒', '拉肚子', '腹泻', '肠胃炎', '晕车', '晕船', '熬夜', '被[^,，。]{0,8}(?:搞得|弄得|气得)', '为了?这(?:个|台|事)',
  '\\bcolds?\\b', '\\bflu\\b', '\\bfever\\w*', '\\bcovid\\b', '\\bcough\\w*', '\\bsore throats?\\b', '\\brunny nose\\b', '\\bfood poisoning\\b', '\\bstomach bug\\b', '\\bsomething we ate\\b', '\\bhangover\\b', '\\bcar ?sick\\b', '\\bsea ?sick\\b',
  '\\bheadache (?:over|about|with) (?:this|it|the)\\b', '\\bgiving (?:us|me) (?:all )?(?:a )?headaches?\\b',
);
