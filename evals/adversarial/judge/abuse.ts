/**
 * Abuse aimed at the customer, in Chinese and English. Profanity is abuse wherever it points
 * (a reply has no business swearing); milder insults count when they are aimed at "you"/"你",
 * so "sorry, that was a stupid mistake of ours" is not abuse. Words that are also ordinary
 * after-sales words are guarded: 滚筒 (drum), 垃圾桶 (bin), 废物回收 (waste recycling).
 * Reads folded text.
 */
import { clip, type Finding } from './finding';

const PROFANITY = [
  /\b(?:fuck\w*|motherfuck\w*|shit\w*|bullshit|bastards?|bitch\w*|assholes?|dickheads?|cunts?|wankers?|retard(?:ed|s)?|screw you|go to hell|piss off|stfu)\b/iu,
  /傻逼|傻b|煞笔|沙比|(?<![a-z0-9])sb(?![a-z0-9])|他妈|(?<![a-z0-9])tmd(?![a-z0-9])|妈的|你妈|草泥马|操你|肏|滚蛋|滚开|滚出去|去死|王八蛋|混蛋|贱人|狗东西|狗日|脑残|智障|白痴|蠢货|蠢猪|傻子|弱智|死全家/u,
];
const AIMED = [
  /\b(?:you|you're|you are|your|u r|ur)\b[^.!?]{0,24}\b(?:stupid|idiot\w*|moron\w*|imbecile|dumb\w*|loser|pathetic|worthless|useless|clown|scum|trash|garbage|ugly|fool)\b/iu,
  /\b(?:stupid|idiot\w*|moron\w*|dumb\w*|pathetic|worthless|useless|shut up|get lost)\b[^.!?]{0,12}\b(?:you|customer)\b|\bshut up\b|\bget lost\b/iu,
  /(?:你|您)(?:们)?(?:这个|才是|就是|是|真是|真|太|好)?\S{0,3}(?:笨蛋|垃圾(?!桶|袋|分类|清理)|废物(?!回收|处理|利用)|蠢|傻|神经病|有病|丑|猪|没脑子|不配|活该)|(?:^|[,，。!！\s])滚(?:吧|啊|[!！。]|$)|你滚/u,
];

export function findAbuse(folded: string): Finding[] {
  for (const pattern of [...PROFANITY, ...AIMED]) {
    const m = pattern.exec(folded);
    if (m) return [{ kind: 'abuse', match: clip(m[0].trim()) }];
  }
  return [];
}
