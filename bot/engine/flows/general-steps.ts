/**
 * Safe first checks per product, for when the knowledge base has nothing for the exact fault or
 * code: things any customer may do without tools or opening anything.
 */
import type { Lang } from '../../phrases';

const STEPS: Record<string, { zh: string[]; en: string[] }> = {
  default: {
    zh: ['断电（拔插头或关掉空气开关）等5分钟再开机，看问题或代码还在不在'],
    en: ['Switch it off at the plug or breaker, wait 5 minutes, switch on again and see whether the problem or code comes back'],
  },
  air_conditioner: {
    zh: ['断电5分钟后重新开机', '看看室内机滤网是否积灰，室外机周围有没有东西挡着'],
    en: ['Switch off at the breaker for 5 minutes, then on again', 'Check the indoor filter for dust and that nothing blocks the outdoor unit'],
  },
  washing_machine: {
    zh: ['断电5分钟后重新开机', '确认进水龙头开着、排水管没有弯折或堵住'],
    en: ['Unplug for 5 minutes, then try again', 'Check the water tap is open and the drain hose is not kinked or blocked'],
  },
  refrigerator: {
    zh: ['断电5分钟后重新通电', '确认门关严了，冰箱背面和两侧留有散热空间'],
    en: ['Unplug for 5 minutes, then plug it back in', 'Check the doors close fully and there is space around the back and sides'],
  },
  water_heater: {
    zh: ['关掉电源或燃气阀5分钟后重新开机', '确认燃气阀门和进水阀门都开着；闻到燃气味请立即停用并开窗'],
    en: ['Switch off power (or the gas valve) for 5 minutes, then restart', 'Check the gas and water valves are open; if you smell gas, stop using it and open the windows'],
  },
  gas_stove: {
    zh: ['确认燃气阀门开着、电池有电', '闻到燃气味请关阀开窗，不要点火'],
    en: ['Check the gas valve is open and the igniter battery is not flat', 'If you smell gas, close the valve, open windows and do not light anything'],
  },
  // A set that switches itself off or on is often a timer or power-saving setting: both safe to look at.
  tv: {
    zh: ['拔掉电源插头5分钟后再插上开机', '在菜单里看看有没有开着定时关机、睡眠定时或节能自动关机'],
    en: ['Unplug it for 5 minutes, then plug it in and switch on again', 'Look in the menu for a sleep timer, an off timer or an energy-saving auto power-off that is switched on'],
  },
  // Earbuds have no plug or breaker: the case resets them and pairing again clears most connection faults.
  earphones: {
    zh: ['把两只耳机放回充电盒，盖上盖子等10秒再取出', '在手机蓝牙设置里删除（忽略）这副耳机，再重新配对'],
    en: ['Put both earbuds back in the charging case, close the lid for 10 seconds, then take them out', "In your phone's Bluetooth settings, forget the earbuds and pair them again"],
  },
  phone: { zh: ['长按电源键强制重启', '先备份重要资料，再检查系统更新'], en: ['Force-restart the phone', 'Back up your data, then check for a system update'] },
};

export function generalSteps(category: string | undefined, lang: Lang): string[] {
  return (STEPS[category ?? 'default'] ?? STEPS.default!)[lang];
}
