/**
 * What to do right now, per hazard: the one place safety advice is written. It goes first in the
 * reply, before anything else the bot says (DESIGN.md), so each line is short and imperative.
 * How hazards are recognised lives in hazard-cues.ts and hazards.ts.
 */
import type { SafetyHazard } from '../types';

/** Names for people: ticket summaries, call notes, agent views. */
export const HAZARD_LABELS: Record<SafetyHazard, { zh: string; en: string }> = {
  gas: { zh: '燃气', en: 'gas leak' },
  carbon_monoxide: { zh: '一氧化碳', en: 'carbon monoxide' },
  electric: { zh: '漏电/触电', en: 'electric shock' },
  sparks: { zh: '火花', en: 'sparks' },
  burning: { zh: '焦味/过热', en: 'burning or overheating' },
  smoke: { zh: '冒烟', en: 'smoke' },
  fire: { zh: '起火', en: 'fire' },
  explosion: { zh: '爆炸', en: 'explosion' },
  water_electric: { zh: '水碰到电', en: 'water on electrics' },
  battery: { zh: '电池鼓包/过热', en: 'battery swelling or overheating' },
  pressure: { zh: '压力异常', en: 'pressure build-up' },
};

const ADVICE: Record<SafetyHazard, { zh: string; en: string }> = {
  gas: {
    zh: '疑似燃气泄漏：不要开关任何电器和电灯，不要插拔插头，不要点火；打开门窗通风，能安全做到就关闭燃气总阀；所有人离开，到室外再给燃气公司打抢修电话（情况严重拨119）。',
    en: 'Possible gas leak: do not touch any switch or plug and make no flame. Open the windows. Close the gas valve if you can reach it safely. Get everyone out, then call your gas company from outside (119 if it is serious).',
  },
  carbon_monoxide: {
    zh: '疑似一氧化碳中毒：立刻让所有人到室外空气流通的地方，不要再回去；能安全做到就关掉热水器和燃气阀；有人头晕、恶心或昏睡，马上拨打120。',
    en: 'Possible carbon monoxide: get everyone out into fresh air now and do not go back in. Turn off the heater and the gas valve only if it is safe. If anyone is dizzy, sick or drowsy, call 120 now.',
  },
  fire: {
    zh: '有明火：马上离开，拨打119；只有火很小且能安全做到时才断电或关燃气阀，不要用水浇电器火。',
    en: 'Fire: leave now and call 119. Only if it is tiny and safe, cut the power or close the gas valve; never put water on an electrical fire.',
  },
  explosion: {
    zh: '发生爆裂：先远离碎片，确认人员安全；燃气设备关燃气阀并开窗，电器在总电闸断电；有人受伤拨120，有火拨119。',
    en: 'After a burst: keep away from the debris and check everyone is safe. For gas, close the valve and open the windows; for electrics, switch off at the breaker. Call 120 if anyone is hurt, 119 if there is fire.',
  },
  electric: {
    zh: '有漏电危险：不要触碰机器和周围的水，先在总电闸（空气开关）断电，再拔插头；让家人特别是孩子远离；有人触电受伤，马上拨打120。',
    en: 'Risk of electric shock: do not touch the appliance or any water near it. Switch off at the breaker first, then unplug it, and keep everyone, children especially, away. If someone was hurt, call 120.',
  },
  water_electric: {
    zh: '水碰到了电：手和脚下都是干的，才可以去插座处拔插头；地上有水或手是湿的，就不要碰插头，先在总电闸（空气开关）断电；能安全做到就关掉进水阀止水；断电之前不要碰机器、插头和地上的水，断电后再处理积水，让人远离。',
    en: 'Water on electrics: unplug at the socket only if your hands and the floor where you stand are dry; if not, leave the plug alone and switch off at the breaker first. Turn off the water supply tap if you can do it safely. Until the power is off, do not touch the appliance or the water; deal with the water after that, and keep people away.',
  },
  smoke: {
    zh: '冒烟：立即在总电闸断电（燃气设备关燃气阀），远离机器，开窗通风；出现明火就离开并拨打119。',
    en: 'Smoke: switch off at the breaker now (close the valve for a gas appliance), keep away from it and open the windows. If you see flames, leave and call 119.',
  },
  sparks: {
    zh: '打火花：不要碰插头和插座，先在总电闸断电再拔插头，停止使用；起火就离开并拨打119。',
    en: 'Sparks: do not touch the plug or socket. Switch off at the breaker, then unplug it and stop using it. If a fire starts, leave and call 119.',
  },
  burning: {
    zh: '发烫或焦味：停止使用，不要用手碰发烫的插头插座，先在总电闸断电再拔插头，开窗通风；冒烟或起火就离开并拨打119。',
    en: 'Heat or burning smell: stop using it. Do not touch a hot plug or socket; switch off at the breaker first, then unplug it, and air the room. If it smokes or burns, leave and call 119.',
  },
  battery: {
    zh: '电池异常：马上停止充电，拔掉充电器，把设备放到远离易燃物的地方（如瓷砖地面），不要挤压、刺破或拆开电池；冒烟起火就离开并拨打119。',
    en: 'Battery danger: stop charging and unplug it now, put it away from anything that burns (a tiled floor), and do not press, puncture or open it. If it smokes or burns, leave and call 119.',
  },
  pressure: {
    zh: '压力泄不掉：先关火或断电（热水器同时关进水阀），不要强行开盖或拧阀门，脸和手远离泄压口，等它自然冷却泄压。',
    en: 'Pressure stuck inside: turn off the heat or the power (for a water heater, the water inlet too), do not force the lid or any valve, keep your face and hands away from the vent and let it cool down by itself.',
  },
};

/** Most urgent first: what threatens life right now leads. */
const ORDER: SafetyHazard[] = ['fire', 'gas', 'carbon_monoxide', 'explosion', 'electric', 'water_electric', 'smoke', 'sparks', 'burning', 'battery', 'pressure'];

/**
 * Advice left out when another hazard's advice already covers it or contradicts it. With gas in
 * the air, a switch or breaker can spark, so no advice that asks to operate one is given.
 */
const COVERED_BY: Partial<Record<SafetyHazard, SafetyHazard[]>> = {
  electric: ['gas', 'carbon_monoxide'],
  water_electric: ['electric', 'gas', 'carbon_monoxide'],
  smoke: ['fire', 'explosion', 'gas', 'carbon_monoxide'],
  sparks: ['fire', 'gas', 'carbon_monoxide'],
  burning: ['fire', 'smoke', 'sparks', 'explosion', 'gas', 'carbon_monoxide'],
};

/** Advice for the hazards found, most urgent first, one short paragraph per hazard. */
export function safetyAdviceFor(hazards: SafetyHazard[]): { zh: string; en: string } {
  const picked = ORDER.filter((h) => hazards.includes(h) && !(COVERED_BY[h] ?? []).some((c) => hazards.includes(c)));
  return {
    zh: '⚠️ 安全提示：' + picked.map((h) => ADVICE[h].zh).join(' '),
    en: '⚠️ Safety first: ' + picked.map((h) => ADVICE[h].en).join(' '),
  };
}
