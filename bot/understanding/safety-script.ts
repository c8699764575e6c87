/**
 * Which safety script a hazard gets: the hazard (hazards.ts says which ones are happening) made
 * precise by where it is (sparks inside a microwave are not sparks at a socket) and by what powers
 * the product (gas, mains or its own battery), so a customer shocked by an electric water heater
 * never hears gas advice and a swollen phone is called a phone, not an appliance. The advice said
 * first, the one-line reminder said later, and the words for the device all come from here: the
 * first reply, reminders and answers while waiting for a person use nothing else.
 */
import { categoryLabel } from '../../kernel/lexicon/product-categories';
import { energySourceIn } from './energy-source';
import type { SafetyHazard } from './types';
import { BANG, POWER_ACTION, WENT_DEAD } from './lexicons/hazard-words';

type Bilingual = { zh: string; en: string };

/** Hazards as a script needs them: `sparks` split by where they are, the rest as found. */
export const HAZARD_KINDS = [
  'fire',
  'gas_leak',
  'carbon_monoxide',
  'explosion',
  'electric_shock',
  'water_electric',
  'smoke',
  'sparks_outlet',
  'arcing_inside',
  'overheating',
  'battery',
  'pressure',
] as const;
export type HazardKind = (typeof HAZARD_KINDS)[number];

/** What powers the product: a gas flame, the mains, or its own battery. */
export type PowerSource = 'gas' | 'mains' | 'battery';

/** What is known around the hazard: the customer's words (this message and earlier ones) and the product. */
export interface SafetySetting {
  text?: string;
  category?: string;
  /** Gas or electric, once the customer said so (a water heater or hob comes in both). */
  energy?: 'gas' | 'electric';
}

export interface SafetyScript {
  kinds: HazardKind[];
  power: PowerSource;
  /** "这部手机" / "the phone": what the customer should stop using. */
  device: Bilingual;
  /** The full advice, said once, first in the reply that hears of the danger. */
  advice: Bilingual;
  /** The one step that matters most afterwards, one line, for follow-ups. */
  reminder: Bilingual;
}

/** Products that run on their own battery. */
const BATTERY_CATEGORIES = new Set(['phone', 'tablet', 'laptop', 'smartwatch', 'earphones', 'e_reader', 'game_console', 'power_bank']);
const BATTERY_DEVICE =
  /手机|平板|笔记本|电脑|手表|手环|耳机|充电宝|移动电源|电动车|电瓶车|平衡车|滑板车|电动自行车|电钻|充电钻|电动工具|电动扳手|电动螺丝刀|角磨机|电锯|割草机|锂电(?:池)?(?:工具|钻)|\b(?:phones?|iphone|ipad|tablet|laptop|macbook|notebook|watch|earbuds?|airpods|headphones|power ?bank|e-?bikes?|scooters?|hoverboard|drills?|power ?tools?|impact (?:driver|wrench)|angle grinder|chainsaw|(?:leaf )?blower|(?:cordless|battery) (?:mower|tool|saw|trimmer)|tool battery)\b/i;
/** Sparks said to be inside the product, or said not to be at the plug ("在里面，不是插头"). */
const INSIDE =
  /里面|里头|内部|内壁|炉腔|腔体|腔内|炉内|箱内|机内|桶里|内胆|(?:不是|没在|不在)[^，,。]{0,4}(?:插头|插座|插排|电线|线)|\binside\b|\bin(?:side)? the (?:cavity|drum|tub|box|oven|microwave|machine)\b|\bnot (?:at|from|in) the (?:plug|socket|outlet|wall|cord|wire)\b/i;
/** Where sparks at the wiring are: a plug, a socket, a cord. */
const AT_OUTLET = /插座|插头|插排|排插|插线板|电线|电源线|线路|开关面板|\b(?:plug|socket|outlet|power ?point|cord|wire|wiring|extension|power strip|switch)\w*\b/i;
const APPLIANCES_THAT_ARC = new Set([
  'microwave',
  'oven',
  'dishwasher',
  'washing_machine',
  'dryer',
  'rice_cooker',
  'induction_cooker',
  'kettle',
  'space_heater',
  'tv',
  'air_conditioner',
  'refrigerator',
  'vacuum_cleaner',
  'soymilk_maker',
  'coffee_machine',
  'air_fryer',
  'toaster',
  'bread_maker',
  'slow_cooker',
  'juicer',
  'electric_steamer',
]);

/** The last of several mentions decides: "不是插头，是里面" names the plug first and rules it out. */
function lastIndex(pattern: RegExp, text: string): number {
  const all = [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))];
  return all.length ? all.at(-1)!.index : -1;
}

/** Every inside word, to blank them out before looking for the plug (built once, not per message). */
const EVERY_INSIDE = new RegExp(INSIDE.source, 'gi');

/** Sparks inside the product (a microwave's cavity, a drum) rather than at its plug or socket. */
export function sparksInside(text: string, category?: string): boolean {
  const inside = lastIndex(INSIDE, text);
  // "按了停止拔了插头", "pulled the plug": the customer cutting the power names the plug, not sparks at it.
  const outlet = lastIndex(AT_OUTLET, text.replace(EVERY_INSIDE, ' ').replace(POWER_ACTION, ' '));
  if (inside >= 0) return true;
  // A microwave or an oven that sparks, with no plug or socket named, sparks inside.
  return outlet < 0 && Boolean(category && APPLIANCES_THAT_ARC.has(category));
}

/** What powers the product the customer is talking about. */
export function powerSourceOf(setting: SafetySetting): PowerSource {
  const text = setting.text ?? '';
  if (setting.category && BATTERY_CATEGORIES.has(setting.category)) return 'battery';
  const energy = energySourceIn(text) ?? setting.energy;
  if (energy === 'gas' || setting.category === 'gas_stove') return 'gas';
  if (!setting.category && BATTERY_DEVICE.test(text)) return 'battery';
  return 'mains';
}

/** The hazard kinds for the hazards found, in the setting they were found in. */
export function hazardKinds(hazards: SafetyHazard[], setting: SafetySetting = {}): HazardKind[] {
  const kinds = hazards.map((h): HazardKind => {
    switch (h) {
      case 'gas':
        return 'gas_leak';
      case 'electric':
        return 'electric_shock';
      case 'sparks':
        return sparksInside(setting.text ?? '', setting.category) ? 'arcing_inside' : 'sparks_outlet';
      case 'burning':
        return 'overheating';
      default:
        return h;
    }
  });
  return [...new Set(kinds)];
}

/** A bang or pop, then the product or the power dead ("啪的一声就跳闸了", "went pop and now nothing has power"). */
function bangThenDead(text: string): boolean {
  BANG.lastIndex = 0;
  WENT_DEAD.lastIndex = 0;
  return BANG.test(text) && WENT_DEAD.test(text);
}

/** Battery things no product category names: called by what they are. */
const BATTERY_THINGS: [RegExp, Bilingual][] = [
  [/充电宝|移动电源|\bpower ?banks?\b/i, { zh: '这个充电宝', en: 'the power bank' }],
  [/电动车|电瓶车|电动自行车|\be-?bikes?\b/i, { zh: '这辆电动车', en: 'the e-bike' }],
  [/滑板车|平衡车|\bscooters?\b|\bhoverboard\b/i, { zh: '这辆滑板车', en: 'the scooter' }],
  [
    /电钻|充电钻|电动工具|电动扳手|电动螺丝刀|角磨机|电锯|割草机|锂电(?:池)?(?:工具|钻)|\b(?:drills?|power ?tools?|impact (?:driver|wrench)|angle grinder|chainsaw|(?:leaf )?blower|(?:cordless|battery) (?:mower|tool|saw|trimmer)|tool battery)\b/i,
    { zh: '这块工具电池', en: 'the tool battery' },
  ],
  [/手表|手环|\b(?:smart ?)?watch\b/i, { zh: '这块手表', en: 'the watch' }],
  [/耳机|\bearbuds?\b|\bairpods\b|\bheadphones\b/i, { zh: '这副耳机', en: 'the earbuds' }],
];

/** "这部手机" / "the phone"; "这台微波炉" / "the microwave"; "这台设备" / "the appliance". */
export function deviceWords(setting: SafetySetting, power: PowerSource = powerSourceOf(setting)): Bilingual {
  const zh = setting.category ? categoryLabel(setting.category, 'zh') : undefined;
  const en = setting.category ? categoryLabel(setting.category, 'en') : undefined;
  if (zh && en) return { zh: `${power === 'battery' ? '这部' : '这台'}${zh}`, en: `the ${en}` };
  const thing = power === 'battery' ? BATTERY_THINGS.find(([words]) => words.test(setting.text ?? '')) : undefined;
  if (thing) return thing[1];
  return power === 'battery' ? { zh: '这个设备', en: 'the device' } : { zh: '这台设备', en: 'the appliance' };
}

/** Heat or a burning smell from a mains product. */
const HEAT_OR_SMELL = {
  advice: {
    zh: '发烫或焦味：停止使用，也不要再开机试；不要用手碰发烫的插头插座，先在总电闸断电再拔插头，人离它远一点，开窗通风；冒烟或起火就离开并拨打119。',
    en: 'Heat or burning smell: stop using it and do not switch it back on to test it. Do not touch a hot plug or socket; switch off at the breaker first, then unplug it, keep away from it and air the room. If it smokes or burns, leave and call 119.',
  },
  reminder: { zh: '插头插座凉了也先别再插上用，等检查。', en: 'Even once it has cooled, leave it unplugged until it is checked.' },
};

/** A bang or pop and then no power: an electrical fault, not a burst; nothing to flee from unless it smells, smokes or burns. */
const powerFault = (d: Bilingual) => ({
  advice: {
    zh: `响了一声后没电，多半是电气故障（元件或线路坏了，电闸或保险跟着跳了），不是爆炸：先把${d.zh}的开关关掉，在总电闸断电后再拔插头（手要干）；不要再插上或开机试，也别反复合闸；闻到焦味、看到冒烟或起火就离开并拨打119。`,
    en: `A bang and then no power is most likely an electrical fault (a part or the wiring failed and the breaker or fuse went), not an explosion: switch ${d.en} off, then switch off at the breaker before you unplug it, with dry hands. Do not plug it back in or try it again, and do not keep resetting the breaker. If it smells of burning, smokes or burns, leave and call 119.`,
  },
  reminder: { zh: `${d.zh}先别再插电，也别反复合闸，等检查。`, en: `Leave ${d.en} unplugged and do not keep resetting the breaker until it is checked.` },
});

type Script = (device: Bilingual, text: string) => { advice: Bilingual; reminder: Bilingual };
type Table = Record<HazardKind, Partial<Record<PowerSource, Script>> & { mains: Script }>;

/**
 * The scripts: one per hazard kind, varied by power source where the safe act differs (a breaker
 * for mains, the valve for gas, nothing to switch for a battery). `mains` is the default.
 */
const SCRIPTS: Table = {
  fire: {
    mains: () => ({
      advice: {
        zh: '有明火：马上离开，拨打119；只有火很小且能安全做到时才在总电闸断电，不要用水浇电器火。',
        en: 'Fire: leave now and call 119. Only if it is tiny and safe, switch off at the breaker; never put water on an electrical fire.',
      },
      reminder: { zh: '人先离开，火没灭之前不要回去。', en: 'Stay out until the fire is out; do not go back in for anything.' },
    }),
    gas: () => ({
      advice: {
        zh: '有明火：马上离开，拨打119；只有火很小且能安全做到时才关燃气阀，不要开关电器。',
        en: 'Fire: leave now and call 119. Only if it is tiny and safe, close the gas valve; do not touch electrical switches.',
      },
      reminder: { zh: '人先离开，火没灭之前不要回去。', en: 'Stay out until the fire is out; do not go back in for anything.' },
    }),
    battery: (d) => ({
      advice: {
        zh: `有明火：马上离开，拨打119；不要去拿${d.zh}，也不要用身体去扑；火很小且能安全做到时，可以用大量的水或灭火器，并让窗户开着。`,
        en: `Fire: leave now and call 119. Do not pick up ${d.en} or smother it with your body; only if it is tiny and safe, use plenty of water or an extinguisher, with the windows open.`,
      },
      reminder: { zh: '人先离开，火没灭之前不要回去。', en: 'Stay out until the fire is out; do not go back in for anything.' },
    }),
  },
  gas_leak: {
    mains: () => ({
      advice: {
        zh: '疑似燃气泄漏：不要开关任何电器和电灯，不要插拔插头，不要点火；打开门窗通风，能安全做到就关闭燃气总阀；所有人离开，到室外再给燃气公司打抢修电话（情况严重拨119）。',
        en: 'Possible gas leak: do not touch any switch or plug and make no flame. Open the windows. Close the gas valve if you can reach it safely. Get everyone out, then call your gas company from outside (119 if it is serious).',
      },
      reminder: { zh: '燃气公司查过之前，屋里不要点火，也不要开关任何电器。', en: 'Until the gas company has checked, no flames and no switches anywhere in the home.' },
    }),
  },
  carbon_monoxide: {
    mains: () => ({
      advice: {
        zh: '疑似一氧化碳中毒：立刻让所有人到室外空气流通的地方，不要再回去；出门时顺手打开门窗，能安全做到就关掉热水器和燃气阀；有人头晕、恶心或昏睡，马上拨打120。这台热水器检查前不要再用。',
        en: 'Possible carbon monoxide: get everyone out into fresh air now and do not go back in. Open windows on your way out, and turn off the heater and the gas valve only if it is safe. If anyone is dizzy, sick or drowsy, call 120. Do not use the heater until it has been checked.',
      },
      reminder: {
        zh: '先待在通风的地方；有人头晕恶心就拨120，这台热水器检查前不要再用。',
        en: 'Stay in fresh air; call 120 if anyone feels dizzy or sick, and do not use the heater until it is checked.',
      },
    }),
  },
  explosion: {
    mains: () => ({
      advice: {
        zh: '发生爆裂：先远离碎片，确认人员安全；在总电闸断电；有人受伤拨120，有火拨119。',
        en: 'After a burst: keep away from the debris and check everyone is safe. Switch off at the breaker. Call 120 if anyone is hurt, 119 if there is fire.',
      },
      reminder: { zh: '先别去碰碎片和机器，等检查。', en: 'Leave the debris and the appliance alone until it is checked.' },
    }),
    gas: () => ({
      advice: {
        zh: '发生爆裂：先远离碎片，确认人员安全；能安全做到就关燃气阀并开窗，不要开关电器；有人受伤拨120，有火拨119。',
        en: 'After a burst: keep away from the debris and check everyone is safe. Close the gas valve if it is safe and open the windows; do not touch switches. Call 120 if anyone is hurt, 119 if there is fire.',
      },
      reminder: { zh: '燃气阀关着，检查前不要点火。', en: 'Keep the gas valve closed and make no flame until it is checked.' },
    }),
    battery: (d) => ({
      advice: {
        zh: `电池爆裂：远离${d.zh}和碎片，不要用手去捡；开窗通风，有火拨119，有人受伤拨120。`,
        en: `Battery burst: keep away from ${d.en} and the pieces and do not pick them up; open the windows. Call 119 if there is fire, 120 if anyone is hurt.`,
      },
      reminder: { zh: `不要用手去碰${d.zh}和碎片。`, en: `Do not handle ${d.en} or the pieces.` },
    }),
  },
  electric_shock: {
    mains: (d) => ({
      advice: {
        zh: `有漏电危险：不要触碰${d.zh}和周围的水，先在总电闸（空气开关）断电，再拔插头；让家人特别是孩子远离；有人触电受伤，马上拨打120。`,
        en: `Risk of electric shock: do not touch ${d.en} or any water near it. Switch off the power at the breaker (fuse box) first, then unplug it, and keep everyone, children especially, away. If someone was hurt, call 120.`,
      },
      reminder: { zh: `电工或师傅检查之前，${d.zh}不要再通电使用。`, en: `Keep ${d.en} off until an electrician or our engineer has checked it.` },
    }),
    battery: (d) => ({
      advice: {
        zh: `有漏电危险：在墙上插座的开关处关电或拔掉充电器插头（手要干），不要边充电边用${d.zh}；有人触电受伤，马上拨打120。`,
        en: `Risk of electric shock: switch off at the wall socket or unplug the charger (with dry hands), and do not use ${d.en} while it charges. If someone was hurt, call 120.`,
      },
      reminder: { zh: '这个充电器先不要再用。', en: 'Do not use that charger again until it is checked.' },
    }),
  },
  water_electric: {
    mains: (d) => ({
      advice: {
        zh: `水碰到了电：手和脚下都是干的，才可以去插座处拔插头；地上有水或手是湿的，就不要碰插头，先在总电闸（空气开关）断电；能安全做到就关掉进水阀止水；断电之前不要碰${d.zh}、插头和地上的水，断电后再处理积水，让人远离。`,
        en: `Water on electrics: unplug at the socket only if your hands and the floor where you stand are dry; if not, leave the plug alone and switch off at the breaker first. Turn off the water supply tap if you can do it safely. Until the power is off, do not touch ${d.en} or the water; deal with the water after that, and keep people away.`,
      },
      reminder: { zh: '进过水的插座和机器，要电工检查过才能再通电。', en: 'A socket or appliance that got wet needs an electrician to check it before the power goes back on.' },
    }),
  },
  smoke: {
    mains: () => ({
      advice: {
        zh: '冒烟：立即在总电闸断电，远离机器，开窗通风；出现明火就离开并拨打119。',
        en: 'Smoke: switch off at the breaker now, keep away from it and open the windows. If you see flames, leave and call 119.',
      },
      reminder: { zh: '检查之前不要再通电。', en: 'Keep it switched off until it has been checked.' },
    }),
    gas: (d) => ({
      advice: {
        zh: `冒烟：能安全做到就关掉${d.zh}和燃气阀，远离它，开窗通风；出现明火就离开并拨打119。`,
        en: `Smoke: turn off ${d.en} and close the gas valve if it is safe, keep away from it and open the windows. If you see flames, leave and call 119.`,
      },
      reminder: { zh: '燃气阀关着，检查前不要再点火。', en: 'Keep the gas valve closed and do not light it until it is checked.' },
    }),
    battery: (d) => ({
      advice: {
        zh: `冒烟：不要再充电，能安全做到就拔掉充电器，把${d.zh}留在远离易燃物的地方（如瓷砖地面），人离开并开窗；出现明火就拨打119。`,
        en: `Smoke: stop charging and unplug the charger if it is safe, leave ${d.en} away from anything that burns (a tiled floor), step away and open the windows. If you see flames, call 119.`,
      },
      reminder: { zh: `不要再给${d.zh}充电，人离它远一点。`, en: `Do not charge ${d.en} again; keep your distance from it.` },
    }),
  },
  sparks_outlet: {
    mains: () => ({
      advice: {
        zh: '插头或插座打火花：不要碰插头和插座，先在总电闸断电再拔插头，停止使用。',
        en: 'Sparks at the plug or socket: do not touch the plug or socket. Switch off at the breaker, then unplug it and stop using it.',
      },
      reminder: { zh: '这个插座电工检查之前不要再插任何电器。', en: 'Plug nothing into that socket until an electrician has checked it.' },
    }),
    // Sparks while a battery product charges: the battery itself is what can catch fire, not only the socket.
    battery: (d) => ({
      advice: {
        zh: `充电时打火花：马上停止充电。不要碰打火的插头，先关掉插座开关或在总电闸断电，再拔充电器（手要干）。会起火的是电池本身：能安全做到就把${d.zh}挪开，远离门口、楼道这些逃生通道和易燃物，最好放到室外空旷处；冒烟、发烫或起火就人先离开，拨打119。检查之前不要再在室内给它充电。`,
        en: `Sparks while charging: stop charging now. Do not touch the sparking plug; switch off at the socket or the breaker first, then unplug the charger with dry hands. The battery itself is what can catch fire: if you can do it safely, move ${d.en} away from doors, hallways and anything that burns, outdoors in the open if possible. If it smokes, gets hot or burns, get out and call 119. Do not charge it indoors again until it has been checked.`,
      },
      reminder: { zh: `检查之前不要再在室内给${d.zh}充电，充电器也先别用。`, en: `Do not charge ${d.en} indoors again, or use that charger, until it has been checked.` },
    }),
  },
  arcing_inside: {
    // Sparks inside a phone or a laptop are its battery or board failing: the battery script.
    battery: (d, text) => SCRIPTS.battery.mains(d, text),
    mains: (d) => ({
      advice: {
        zh: `${d.zh.replace(/^这[台部个]/, '')}里面打火：马上按停止或关机键让它停下；插头和插座不烫、手是干的就拔掉插头，否则在总电闸断电；里面冒火就不要开门，断电后等它熄灭，火不灭就离开并拨打119。检查前不要再启动。`,
        en: `Sparks inside ${d.en}: stop it now with the stop or power button. Unplug it if the plug and socket are cool and your hands are dry, otherwise switch off at the breaker. If something is burning inside, keep the door shut and cut the power; if it does not go out, leave and call 119. Do not run it again until it is checked.`,
      },
      reminder: { zh: `检查之前${d.zh}不要再启动。`, en: `Do not run ${d.en} again until it has been checked.` },
    }),
  },
  overheating: {
    // A bang and then no power is an electrical fault (a part or the wiring failed and the breaker or fuse went), not a burst: cut the power and leave it off.
    mains: (d, text) => (bangThenDead(text) ? powerFault(d) : HEAT_OR_SMELL),
    gas: (d) => ({
      advice: {
        zh: `发烫或焦味：关掉${d.zh}，能安全做到就关燃气阀，开窗通风；冒烟或起火就离开并拨打119。`,
        en: `Heat or burning smell: turn off ${d.en}, close the gas valve if it is safe and air the room. If it smokes or burns, leave and call 119.`,
      },
      reminder: { zh: '检查之前不要再点火使用。', en: 'Do not light it again until it has been checked.' },
    }),
    battery: (d) => ({
      advice: {
        zh: `发烫或焦味：马上停止充电，拔掉充电器，把${d.zh}放在远离易燃物的硬地面上（如瓷砖），不要盖住它，让它自己凉下来；冒烟或起火就离开并拨打119。`,
        en: `Heat or burning smell: stop charging and unplug the charger now, put ${d.en} on a hard surface away from anything that burns (a tiled floor), do not cover it, and let it cool. If it smokes or burns, leave and call 119.`,
      },
      reminder: { zh: `凉下来之前不要再充电，也别放在床上或包里。`, en: `Do not charge it again, and keep it off beds and out of bags.` },
    }),
  },
  battery: {
    mains: (d) => ({
      advice: {
        zh: `电池异常：马上停止充电，拔掉充电器，把${d.zh}放到远离易燃物的地方（如瓷砖地面），不要挤压、刺破或拆开电池；冒烟起火就离开并拨打119。`,
        en: `Battery danger: stop charging and unplug it now, put ${d.en} away from anything that burns (a tiled floor), and do not press, puncture or open it. If it smokes or burns, leave and call 119.`,
      },
      reminder: { zh: `不要再给${d.zh}充电，也不要按压它。`, en: `Do not charge ${d.en} again and do not press on it.` },
    }),
  },
  pressure: {
    mains: () => ({
      advice: {
        zh: '压力泄不掉：先关火或断电（热水器同时关进水阀），不要强行开盖或拧阀门，脸和手远离泄压口，等它自然冷却泄压。',
        en: 'Pressure stuck inside: turn off the heat or the power (for a water heater, the water inlet too), do not force the lid or any valve, keep your face and hands away from the vent and let it cool down by itself.',
      },
      reminder: { zh: '等它完全凉下来再打开，不要强行开盖。', en: 'Let it cool completely before opening it; never force it.' },
    }),
  },
};

/** Most urgent first: what threatens life right now leads. */
const ORDER: HazardKind[] = [...HAZARD_KINDS];

/**
 * Advice left out when another hazard's advice already covers it or contradicts it. With gas in
 * the air, a switch or breaker can spark, so no advice that asks to operate one is given.
 */
const COVERED_BY: Partial<Record<HazardKind, HazardKind[]>> = {
  electric_shock: ['gas_leak', 'carbon_monoxide'],
  water_electric: ['electric_shock', 'gas_leak', 'carbon_monoxide'],
  smoke: ['fire', 'explosion', 'gas_leak', 'carbon_monoxide'],
  sparks_outlet: ['fire', 'gas_leak', 'carbon_monoxide'],
  arcing_inside: ['fire', 'gas_leak', 'carbon_monoxide'],
  overheating: ['fire', 'smoke', 'sparks_outlet', 'arcing_inside', 'explosion', 'gas_leak', 'carbon_monoxide', 'battery'],
};

/** The kinds whose advice is said, most urgent first. */
export function leadingKinds(kinds: HazardKind[]): HazardKind[] {
  return ORDER.filter((k) => kinds.includes(k) && !(COVERED_BY[k] ?? []).some((c) => kinds.includes(c)));
}

/** The script for the hazards found, in the setting they were found in. */
export function safetyScript(hazards: SafetyHazard[], setting: SafetySetting = {}): SafetyScript {
  return scriptForKinds(hazardKinds(hazards, setting), setting);
}

/** The script for hazard kinds already decided; `power` when the conversation already knows it. */
export function scriptForKinds(kinds: HazardKind[], setting: SafetySetting = {}, power: PowerSource = powerSourceOf(setting)): SafetyScript {
  const device = deviceWords(setting, power);
  const said = leadingKinds(kinds).map((k) => (SCRIPTS[k][power] ?? SCRIPTS[k].mains)(device, setting.text ?? ''));
  return {
    kinds,
    power,
    device,
    advice: { zh: '⚠️ 安全提示：' + said.map((s) => s.advice.zh).join(' '), en: '⚠️ Safety first: ' + said.map((s) => s.advice.en).join(' ') },
    reminder: said[0]?.reminder ?? { zh: '检查之前先不要再用。', en: 'Do not use it until it has been checked.' },
  };
}

/** The line after the advice at a safety handoff: stop using it, said with the device's own name. */
export function stopUsingLine(device: Bilingual): Bilingual {
  return {
    zh: `在确认安全之前请不要再使用${device.zh}。我已把情况转给人工客服优先处理。`,
    en: `Please do not use ${device.en} until it has been checked. I have passed this to our staff as a priority.`,
  };
}
