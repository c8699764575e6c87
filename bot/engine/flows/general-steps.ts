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
  // A cooker that will not heat: a time not set and a lock left on are the usual reasons, both safe to check.
  oven: {
    zh: ['确认设了温度，也设了时间（很多烤箱不设时间不加热），门关严了', '看看屏幕上有没有锁的标志，按说明书解除后断电5分钟再开机'],
    en: [
      'Check a temperature and a time are both set (many ovens will not heat without a time) and the door is fully shut',
      'Look for a lock symbol on the display and clear it as the manual shows, then switch off for 5 minutes and on again',
    ],
  },
  // An induction ring heats only a pan it detects: the pan is the first thing to check.
  induction_cooker: {
    zh: ['用磁铁吸一下锅底，吸不住的锅不能用电磁炉；锅放在圆圈正中间', '看看是否开了童锁，清开散热口，断电几分钟再开，最好单独用一个插座'],
    en: [
      'Hold a magnet to the pan base: if it does not stick, the pan will not work on induction; centre the pan on the ring',
      'Check the child lock is off and the vents are clear, switch off for a few minutes, and plug it into a socket of its own',
    ],
  },
  dishwasher: {
    zh: ['断电5分钟后重新开机', '确认进水龙头开着、底部过滤网干净、排水管没有弯折'],
    en: ['Switch it off for 5 minutes, then on again', 'Check the water tap is open, the filter at the bottom is clean and the drain hose is not kinked'],
  },
  dryer: {
    zh: ['断电5分钟后重新开机', '清理门口的毛絮过滤网，确认门关严了'],
    en: ['Unplug for 5 minutes, then try again', 'Clean the lint filter at the door and check the door shuts properly'],
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
