/**
 * Where to leave a battery that overheated, smelt burnt or swelled (an e-bike pack, a power bank, a
 * laptop), asked after the safety advice: "I put it in the stairwell, is that OK?", "where do I put
 * it then?". The answer is the fire brigade's: never on an escape route (stairwell, corridor, by the
 * door, in the lift lobby), because a battery fire there traps everyone above it; outdoors on open
 * ground, away from buildings, vehicles and anything that burns; and no more charging. Decided by
 * rules, never by a model.
 */

type Bi = { zh: string; en: string };

/** The ways out of a building: where a battery fire does the most harm. */
const ESCAPE_ROUTE =
  /楼道|楼梯|走廊|过道|走道|门口|门边|门后|门旁|玄关|消防通道|安全通道|电梯|单元门|\b(?:stair\w*|corridor|hallway|hall|landing|lobby|entrance|entryway|doorway|(?:by|near|next to|behind|outside) (?:the |my |our )?(?:front |flat |apartment )?door|lift|elevator|fire exit|escape route|common area|passage\w*)\b/i;
/** "Where do I put it?", "放哪". */
const WHERE_ASKED = /放哪|搁哪|放在哪|放到哪|放什么地方|哪里放|哪儿放|往哪(?:放|搁|搬)|\bwhere\b[^.?!]{0,25}\b(?:put|leave|keep|store|park|go)\b|\bwhere to (?:put|leave|keep|store)\b/i;
/** Putting or leaving it somewhere (the place itself is read below). */
const PUT = /放|搁|摆|丢|停|搬|推|挪|\b(?:put|left|leave|leaving|keep|keeping|store|storing|park\w*|placed?|moved?|carried|took)\b/i;

/** Somewhere inside the home: no better than the stairwell for a battery that may still catch fire. */
const INDOORS = /屋里|家里|房间|卧室|客厅|厨房|卫生间|储物间|车库|地下室|\b(?:inside|indoors|bedroom|living room|kitchen|bathroom|garage|basement|cupboard|closet|in the (?:flat|apartment|house))\b/i;
/** Open ground outdoors: the right place. */
const OPEN_GROUND = /空地|室外|户外|外面的?(?:空地|地上|水泥地)|楼下(?:的)?空地|院子|\b(?:outside|outdoors|open ground|car ?park|yard|courtyard|garden|away from the building)\b/i;

/** The message asks about, or tells, where the hot battery is put. */
export function batteryPlaceAsked(text: string): boolean {
  return WHERE_ASKED.test(text) || ESCAPE_ROUTE.test(text) || (PUT.test(text) && (INDOORS.test(text) || OPEN_GROUND.test(text)));
}

/** A place named that the answer must say no to (a way out, or indoors): that comes before how long or how it is collected. */
export function wrongPlaceNamed(text: string): boolean {
  return ESCAPE_ROUTE.test(text) || (INDOORS.test(text) && !OPEN_GROUND.test(text));
}

/** The place, said after a no. */
const OUTDOORS: Bi = {
  zh: '放到室外的空地上（比如楼下空地的水泥地面），离楼房、门窗、车辆和任何能烧着的东西都远一点；拿的时候手要干，隔着厚毛巾拿，别挤压。也不要再给它充电。',
  en: 'Put it outdoors on open ground (bare concrete or earth), away from buildings, doors and windows, vehicles and anything that burns; carry it with dry hands through a thick cloth, without squeezing it. And do not charge it again.',
};

/** Charging it there is the habit told ("晚上推上来充", "I always charge it in the hall"). */
const CHARGED_THERE = /充|\bcharg\w*/i;
/** An e-bike or scooter pack: the one kept and charged indoors by habit, and the one the fire rules name. */
const VEHICLE_PACK = /电动车|电瓶车|电动自行车|电瓶|滑板车|平衡车|\be-?bikes?\b|\bscooters?\b|\be-?scooters?\b/i;
/** Said when the customer tells they charge it indoors or on the stairs: the rule for every day after, not only tonight. */
const NEVER_CHARGE_INDOORS: Bi = {
  zh: '以后也别把电动车或电瓶推进屋里、楼道里充电和停放，要在室外或小区的集中充电点充。',
  en: 'And from now on, do not charge or keep it indoors or in the stairwell: charge it outdoors or at a charging point.',
};

/** Where the battery of `device` should go, given where the customer put it or asked about. */
export function batteryPlaceAnswer(text: string, device: Bi): Bi {
  const place = placeAnswer(text, device);
  if (!wrongPlaceNamed(text) || !CHARGED_THERE.test(text) || !VEHICLE_PACK.test(`${text} ${device.zh} ${device.en}`)) return place;
  return { zh: `${place.zh}${NEVER_CHARGE_INDOORS.zh}`, en: `${place.en} ${NEVER_CHARGE_INDOORS.en}` };
}

function placeAnswer(text: string, device: Bi): Bi {
  if (ESCAPE_ROUTE.test(text))
    return {
      zh: `不行，楼道、走廊、楼梯间和门口都不能放：那是大家逃生的路，${device.zh}的电池万一起火，烟和火会把路堵死。${OUTDOORS.zh}`,
      en: `No, not in a stairwell, corridor or hallway, and not by the door: those are everyone's way out, and if the battery of ${device.en} catches fire there the smoke blocks it. ${OUTDOORS.en}`,
    };
  if (OPEN_GROUND.test(text) && !INDOORS.test(text))
    return {
      zh: `可以，室外空地是对的：离楼房、门窗、车辆和能烧着的东西远一点，人不要守在旁边，也不要再充电。`,
      en: `Yes, outdoors on open ground is right: keep it away from buildings, doors, vehicles and anything that burns, do not stand over it, and do not charge it again.`,
    };
  if (INDOORS.test(text)) return { zh: `最好不要放在屋里。${OUTDOORS.zh}`, en: `Better not indoors. ${OUTDOORS.en}` };
  // "Where then?": the place itself, first and in few words (the reasons may have been given just before).
  return {
    zh: `放室外：找一块离楼房、车辆和能烧着的东西都远的空地，放在水泥地或泥地上；不要放楼道、走廊、门口，也不要放屋里，不要再充电。`,
    en: `Outside: on a patch of open ground, on concrete or earth, well away from buildings, vehicles and anything that burns. Not in a stairwell, corridor or by the door, not indoors, and no more charging.`,
  };
}
