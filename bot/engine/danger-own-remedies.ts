/**
 * Things customers think of doing about a danger that make it worse, asked once the safety advice
 * is given: silencing a carbon-monoxide or smoke alarm (or taking its battery out) because it will
 * not stop, and smothering a sparking socket or a smouldering appliance with water or a wet
 * towel. Each gets a plain "no" with the reason and the one right thing to do. And a fridge or
 * freezer switched off at the breaker after a shock: the food inside is a question of its own,
 * answered here for the access part (the door may be opened) and by the knowledge base's food case
 * (bot/waiting-answers.ts) for what to keep, move or throw away.
 */
import type { HazardKind } from '../understanding/safety-script';
import { STORED_FOOD as FOOD } from '../understanding/stored-food-question';

type Bi = { zh: string; en: string };

/** An alarm or detector: "报警器", "探测器", "the CO alarm", "smoke detector". */
const ALARM = /报警器|警报器|报警|探测器|检测器|\b(?:alarm|detector|co monitor)s?\b/i;
const ALARM_BATTERY = /电池|\bbatter(?:y|ies)\b/i;
/** Stopping it: its battery out, switched off, silenced, unplugged, taken down. */
const STOP_ALARM =
  /电池|拔|拆|摘|取下|关(?:掉|了|上|闭)?|静音|消音|按(?:掉|停|灭)|让它?(?:别|不)(?:响|叫)|不(?:让它)?响|停(?:掉|下)|\b(?:battery|batteries|silence|silencing|mute|hush|disable|disconnect|unplug|switch(?:ing)? (?:it |\w+ )?off|turn(?:ing)? (?:it |\w+ )?off|shut (?:it )?(?:off|up)|take (?:it )?down|take (?:\w+ )?out|pull (?:\w+ ){0,2}out|stop (?:it|the)|make it stop|ignore)\b/i;

/** Water or a wet cloth meant for the danger: "湿毛巾捂", "泼盆水", "throw a wet towel over it". */
const WATER_ON =
  /湿(?:的)?(?:毛巾|布|抹布|手巾|被子|衣服)|(?:泼|浇|倒|洒|喷|淋|冲)(?:点|些|上|一下|一盆|一桶|一杯)?(?:凉)?水|用水(?:灭|浇|泼|冲|扑)|拿水|\bwet (?:towel|cloth|rag|blanket|tea ?towel|sheet)s?\b|\bdamp (?:towel|cloth|rag)s?\b|\b(?:throw|pour|splash|spray|chuck|toss|put|use|get) (?:some |a (?:bucket|glass|cup|jug|bowl|pan) of )?water\b|\bdouse\b/i;

const COLD_STORE = ['refrigerator', 'freezer'];

const ELECTRIC: HazardKind[] = ['electric_shock', 'water_electric', 'sparks_outlet', 'arcing_inside', 'overheating', 'smoke', 'fire'];

export interface RemedyDanger {
  kinds: HazardKind[];
  gas: boolean;
  battery: boolean;
  category?: string;
}

/** Silencing the alarm or taking its battery out, while the danger it warns of stands. */
export function alarmOffAsked(said: string, danger: RemedyDanger): boolean {
  const warned = danger.kinds.some((k) => k === 'carbon_monoxide' || k === 'gas_leak' || k === 'smoke' || k === 'fire');
  // (With no battery-powered device in the danger, "can I pull the battery out?" can only mean the alarm's.)
  const alarmMeant = ALARM.test(said) || (!danger.battery && ALARM_BATTERY.test(said));
  return warned && alarmMeant && STOP_ALARM.test(said.replace(ALARM, ' '));
}

/** Water or a wet cloth on something electric. (A pan fire on a gas hob is not this: a damp cloth over a pan is another matter.) */
export function waterOnAsked(said: string, danger: RemedyDanger): boolean {
  return !danger.gas && !danger.battery && danger.kinds.some((k) => ELECTRIC.includes(k)) && WATER_ON.test(said);
}

/** The food in a fridge or freezer whose power is off because of the danger. */
export function coldFoodAsked(said: string, danger: RemedyDanger): boolean {
  return Boolean(danger.category && COLD_STORE.includes(danger.category)) && !danger.gas && FOOD.test(said);
}

export function alarmOffAnswer(kinds: HazardKind[]): Bi {
  const co = kinds.includes('carbon_monoxide') || kinds.includes('gas_leak');
  return co
    ? {
        zh: '不要。报警器一直响，说明屋里很可能真有一氧化碳：不要取电池、不要关掉或按静音，也别当它是误报，要当真对待。让它响着，人都待在室外通风处，门窗开着；等燃气公司或工程师查过、屋里空气正常了再回去。',
        en: 'No. Do not take the battery out, switch it off or silence it, and do not assume it is a false alarm: take it seriously, it is telling you there is probably carbon monoxide in there. Let it sound, keep everyone outside in fresh air with the doors and windows open, and go back in only once the gas company or an engineer has checked and the air is clear.',
      }
    : {
        zh: '不要。报警器在响就当真对待：不要取电池、不要关掉或按静音；先确认没有明火、人到通风处，等烟散了、原因查清再处理报警器。',
        en: 'No. Take the alarm seriously: do not take its battery out, switch it off or silence it. Make sure there is no fire, get to fresh air, and deal with the alarm only once the smoke has cleared and the cause is found.',
      };
}

export const WATER_ON_ANSWER: Bi = {
  zh: '千万不要。不能用水、湿毛巾或湿布去捂、去浇带电的插座或电器：水会导电，人会触电，还可能让火更大。先在总电闸（空气开关）断电；断电后如果还有明火，用干粉灭火器，火控制不住就马上离开并报火警。',
  en: 'No, never. Do not use water or a wet towel or cloth on a socket or appliance that may be live: water conducts, so you could be shocked, and it can make a fire worse. Switch off at the breaker (fuse box) first; if there are still flames once the power is off, use a dry-powder extinguisher, and if it does not go out at once, get out and call the fire brigade.',
};

/** The sentence that asks about the food ("ok, breaker's off. what about the food?"), for the knowledge base's search. */
export function foodClause(said: string): string {
  const sentences = said.split(/(?<=[。！？.!?；;，,])\s*/).filter((x) => FOOD.test(x));
  return sentences.join(' ').trim() || said;
}

/** The door may be opened once the breaker is off; what to do with the food follows from the knowledge base. */
export function coldFoodAccess(d: Bi): Bi {
  return {
    zh: `总电闸断着的时候，打开${d.zh}门拿东西是安全的，只是别碰周围的水和插座，电闸也先别推回去。`,
    en: `With the breaker off, it is safe to open ${d.en} and take things out; just keep clear of the water and the socket, and leave the breaker off.`,
  };
}
