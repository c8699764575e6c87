/**
 * Anger at how we serve, said as a rhetorical question or an outburst: "你们就这服务态度？", "这算什么
 * 售后啊", "is this how you treat people who pay you?", "what sort of support is this". It asks
 * nothing to look up; read as a question it met a knowledge paragraph or "no reliable information".
 * Only a message that is the reproach and nothing more counts: a real question beside it is answered.
 */
import { asksSomething } from './question-clause';

const REPROACH = new RegExp(
  [
    // zh
    '(?:你们)?就(?:这|这个|这种|这样的?)(?:服务|售后)?态度',
    '(?:这|你们这)?(?:是|叫|算)?(?:什么|啥|哪门子)(?:破|烂)?(?:服务|售后|态度|客服|公司)',
    '这(?:就)?是你们的(?:服务|售后|态度)',
    '怎么(?:能|可以)?(?:这么|这样)(?:对待|对|糊弄|敷衍)(?:顾客|客户|消费者|我们|人)',
    '有(?:你们)?这样(?:做|搞|当)?(?:售后|服务|客服)的(?:吗|嘛)',
    '(?:服务|售后|态度)(?:也|真)?(?:太|真|好)(?:差|烂|差劲|糟糕|恶心)',
    '你们(?:就|就是)?(?:这么|这样)(?:做|搞)(?:售后|服务)的',
    // en
    '\\bis this (?:really )?how you (?:treat|look after|deal with) (?:your )?(?:customers|clients|people|me)\\b',
    '\\bwhat (?:kind|sort|type) of (?:a )?(?:service|customer service|support|company|outfit|after-?sales(?: service)?|help) is this\\b',
    '\\b(?:you )?call this (?:a )?(?:service|customer service|support|help)\\b',
    '\\bthis is (?:a joke|ridiculous|pathetic|unacceptable|disgraceful|appalling|shocking|a disgrace)\\b',
    '\\b(?:worst|terrible|awful|appalling|shocking|pathetic|lousy) (?:customer )?(?:service|support)\\b',
    '\\bdo you (?:even|actually) care about (?:your )?(?:customers|clients|people)\\b',
    '\\bhow (?:can|could|dare) you treat (?:your )?(?:customers|clients|people|me) like this\\b',
  ].join('|'),
  'gi',
);

/** Words that carry nothing once the reproach is out: particles, "honestly", "seriously", punctuation. */
const FILLER = /(?:啊|呀|吗|嘛|呢|吧|了|的|真的|简直|实在|你们|我说|honestly|seriously|really|just|guys|you guys|people|is it|huh|eh|mate|wow|omg|so|and|[\s?？!！.。,，~…])+/gi;

/** The message is a reproach of our service and nothing more. */
export function onlyReproachesService(text: string): boolean {
  const rest = text.replace(REPROACH, ' ');
  if (rest === text) return false;
  const left = rest.replace(FILLER, '');
  return left.length <= 3 || !asksSomething(rest);
}
