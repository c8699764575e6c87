/**
 * What customers ask after a swollen, hissing or overheated lithium battery (an e-bike or scooter
 * pack, a power bank, a phone, a laptop) once the first safety advice is given: will someone take
 * it / can I post it in, will it explode, how long does it stay outside, can I use the thing
 * without it. A damaged lithium battery is dangerous goods: couriers refuse it and it can catch
 * fire on the way, so it is never offered a mail-in repair; the person handling the case arranges
 * how it is handled, and the fire brigade or the dealer can advise on disposal. Honest answers, no
 * panic and no promise that nothing will happen. Decided by rules, never by a model.
 */

type Bi = { zh: string; en: string };

/** Moving it anywhere: posted, couriered, collected, brought or driven in, thrown away or recycled. */
const TRANSPORT =
  /寄(?:修|回|过去|给|到|走)?|快递|邮寄|顺丰|物流|(?:上门|过来|来)(?:取|拿|收|回收)|(?:取|拿|收)走|回收|送(?:过去|修|到(?:店|网点|服务中心|维修点|售后|你们))|(?:拿|带|搬)(?:过去|去|到)(?:店|网点|服务中心|维修点|售后|你们)|(?:开车|坐(?:地铁|公交|车))|(?:放|塞)(?:进)?(?:车里|后备箱)|扔(?:掉|了)?|丢(?:掉|垃圾)|处理掉|报废|\b(?:post(?:ed|ing)?|mail(?:ed|ing)?|mail-?in|ship(?:ped|ping)?|courier\w*|deliver(?:y)?|send (?:it|this|them|the \w+)|collect\w*|pick(?:ed|s)? (?:it |them |this )?up|pick-?up|fetch|come (?:and|to) (?:get|take)|(?:bring|take|drive|carry) (?:it|this|them|the \w+)(?: \w+)? (?:in|to|somewhere|over|anywhere)|in (?:my|the) car|service cent(?:re|er)|dispos\w*|get rid of|throw (?:it |this )?(?:away|out)|bin it|recycl\w*)\b/i;

/** A clause that only says when: "before I send it in", "寄走之前". */
const BEFORE_CLAUSE = /\bbefore (?:i|we|you|it)\b[^,.?!;]*|[^，。？?,；;]{0,10}(?:之前|以前)/gi;

/** "Is that even safe?" right after a reply (or their own message) that spoke of posting it. */
const SAFE_ASKED = /安全吗|安全不|安不安全|危险吗|靠谱吗|\b(?:is (?:that|it|this) (?:even |really )?safe|safe to|dangerous)\b/i;
/** …as a short objection, naming nothing else ("I put it on the balcony, is that safe?" is about the balcony). */
const shortObjection = (text: string): boolean => text.replace(/[\s?？!！。.,，]/g, '').length <= 16 || text.split(/\s+/).length <= 6;
const POSTING_SAID = /寄修|邮寄|快递|\bmail-?in\b|\bpost(?:ed)?\b|\bcourier\b/i;

/** Fire or a burst asked about: "会不会爆炸", "could it blow up", "is it dangerous". */
const EXPLODE =
  /爆炸|会炸|炸(?:掉|开|了)?(?:吗|么)|爆掉|会(?:不会)?(?:着火|起火|烧起来|自燃)|着火(?:吗|么)|起火(?:吗|么)|危险(?:吗|么|不)|有多危险|\b(?:explod\w*|blow (?:up|apart)|burst|catch(?:es)? (?:on )?fire|go (?:up )?(?:on fire|in flames)|ignite|dangerous|how risky)\b/i;

/** How long it stays out, or when it can come back in. */
const HOW_LONG = /多久|多长时间|几(?:个)?(?:天|小时)|到什么时候|什么时候(?:能|可以)?|\b(?:how long|until when|for how many|when can)\b/i;
const OUT_THERE = /放|搁|摆|外面|外边|阳台|室外|楼下|\b(?:outside|out there|balcony|keep|leave|stay|sit)\b/i;
const BACK_IN_OR_NIGHT =
  /一(?:个)?晚上|一夜|过夜|整晚|拿回(?:来|去|屋|家)|搬回|放回(?:屋|家|去|来)|(?:拿|搬)(?:进|回)(?:屋|家|来)|\b(?:overnight|all night|over ?night|tonight|bring (?:it |them )?(?:back )?in(?:side|doors)?|take (?:it |them )?back in(?:side|doors)?|back indoors|back inside)\b/i;

/** The device used with the battery taken out: "不装电池能骑吗", "pedal only", "on the charger without the battery". */
const WITHOUT_BATTERY =
  /(?:不装|不带|不用|没有|没了|拿掉|取下|取出|拆(?:掉|下)|卸(?:掉|下)|去掉)(?:了)?(?:这块|那块)?电池|电池(?:拿掉|取下|取出|拆掉|卸下|拿出来)(?:以后|了|的话)?|脚蹬|人力骑|\bwithout (?:the |its |a |that )?battery\b|\bno battery\b|\bbattery (?:out|removed|taken out)\b|\bpedal\w*\b|\bjust on (?:the )?(?:mains|charger|power cable)\b/i;

/** Ridden rather than used. */
const RIDDEN = /\b(?:bike|scooter|e-?bike|moped|motorbike)\b/i;

export type BatteryTopic = 'transport' | 'explode' | 'howLong' | 'withoutBattery';

/** The battery question this part of a message asks, if any; `lastReply` tells "is that even safe?" about posting it. */
export function batteryTopicOf(text: string, lastReply?: string): BatteryTopic | undefined {
  if (WITHOUT_BATTERY.test(text)) return 'withoutBattery';
  if (HOW_LONG.test(text) && OUT_THERE.test(text)) return 'howLong';
  if (BACK_IN_OR_NIGHT.test(text)) return 'howLong';
  // "Can I save my photos before I send it in?" asks about the photos: the sending is only when.
  if (TRANSPORT.test(text.replace(BEFORE_CLAUSE, ' '))) return 'transport';
  if (SAFE_ASKED.test(text) && shortObjection(text) && lastReply && POSTING_SAID.test(lastReply)) return 'transport';
  if (EXPLODE.test(text)) return 'explode';
  return undefined;
}

/** The answer for the battery of `device` ("这辆电动车" / "the e-bike"). */
export function batteryAnswer(topic: BatteryTopic, device: Bi, text: string): Bi {
  const ride = RIDDEN.test(device.en);
  switch (topic) {
    case 'transport':
      return {
        zh: `${SAFE_ASKED.test(text) ? '不安全。' : ''}鼓包、发烫或漏气的锂电池不能寄，也不要交给快递：它属于危险品，快递会拒收，路上还可能起火。在客服告诉您怎么处理之前，也先别自己带着它走（开车、坐车、放包里都不要）。怎么回收或检测由跟进的人工客服联系您时安排；在那之前电池一直留在室外，远离人和能烧着的东西，不要充电。想直接报废的话，也可以问当地消防部门或卖给您的经销商，哪里接收损坏的锂电池；不要扔进生活垃圾。`,
        en: `${SAFE_ASKED.test(text) ? "No, it isn't safe. " : ''}A swollen, hot or hissing lithium battery must not be posted or sent by courier: it counts as dangerous goods, couriers refuse it, and it can catch fire on the way. Please don't take it anywhere yourself either (car, bus, bag or pocket) until you've been told how. The person handling your case will arrange how the battery is collected or checked when they contact you; until then leave the battery outdoors, away from people and anything that burns, and don't charge it. If you want to get rid of it, your local fire brigade or the dealer who sold it can tell you where damaged lithium batteries are accepted; never put it in the household rubbish.`,
      };
    case 'explode':
      return {
        zh: '不能打包票说一定不会：鼓包的锂电池确实可能起火或爆开，多半是在充电、受挤压或被刺破的时候。所以它要放在室外，远离人和能烧着的东西，不充电、不按压，这样放着就是最稳妥的做法，不用守在旁边。如果它冒烟、发出更大的嘶嘶声或起火，人离远一点，拨打119。',
        en: "I can't promise it won't: a swollen lithium battery can catch fire or burst, most often while charging or when it is pressed or punctured. That is why it stays outside, away from people and anything that burns, unplugged and left alone; kept like that it is in the safest place it can be, and you don't need to stand over it. If it starts to smoke, hiss louder or flame, keep well away and call 119.",
      };
    case 'howLong':
      return {
        zh: `一直放在外面，直到被收走或按规定处理掉为止，过夜也没关系，天冷不是把它拿回屋的理由。不要再拿回屋里，看着没事了也不要，更不要再充电。怎么收走由跟进的人工客服联系您时安排。`,
        en: `Keep it outside until it is collected or disposed of properly, however long that takes; overnight is fine, and the cold is no reason to bring it in. Don't bring it back indoors, even if it looks calm, and never charge it again. The person handling your case will arrange how it is collected when they contact you.`,
      };
    case 'withoutBattery':
      return {
        zh: `${device.zh}本身能不能不装电池${ride ? '骑（当普通自行车蹬）' : '用'}，是另外一个问题，要看型号，人工客服联系您时可以帮您确认。危险在电池上：那块电池一直留在室外，不要再装回去、不要充电，也别装上试一下。如果电池是内置的、拆不下来，就不要自己拆，${device.zh}在检查前先别用。`,
        en: `Whether ${device.en} can be ${ride ? 'ridden as a pedal bike' : 'used'} without the battery is a separate question that depends on the model; the person handling your case can confirm it for yours. The danger is in the battery: it stays outside, and is never put back in, charged, or fitted just to try. If the battery is built in and can't be taken out, don't try to remove it yourself, and don't use ${device.en} until it has been checked.`,
      };
  }
}
