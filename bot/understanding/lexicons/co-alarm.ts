/**
 * A carbon monoxide alarm told without its name (session 18): "浴室的报警器一直在叫，热水器开着的时候",
 * "the alarm by the boiler keeps going off", or a detector showing "CO" ("报警器上显示CO", "the
 * alarm says CO"). Beside a gas heater or in a bathroom, an alarm sounding is what carbon monoxide
 * sounds like to a customer; the 'CO' on a detector was read as an unknown error code of the heater
 * and answered with a reset. A smoke or gas alarm is its own hazard, and a heater's own fault beep
 * with a code shown is a fault.
 */
import { anyOf } from './hazard-words';

/** An alarm or detector going off, by its sound. */
export const ALARM_SOUNDING = anyOf(
  '(?:报警器|警报器|探测器|检测器|报警仪)[^,，。]{0,8}(?:响|叫|嘀|滴滴|鸣|报警|闪|吱吱)',
  '\\b(?:alarms?|detectors?)\\b[^.?!,]{0,30}\\b(?:beep\\w*|going off|goes off|went off|gone off|sound(?:s|ing|ed)|shriek\\w*|chirp\\w*|ring(?:s|ing)|screech\\w*|wail\\w*)\\b',
);

/** Alarms that are another hazard or no hazard: smoke, gas, a door left open, a code on the heater's own display. */
export const NOT_CO_ALARM = anyOf(
  '烟雾', '烟感', '燃气报警', '煤气报警', '可燃气', '门没关', '门报警', '故障码', '代码', '(?<![A-Za-z])E\\d', '\\bsmoke\\b', '\\bgas (?:alarm|detector)', '\\bdoor\\b', '\\berror\\b', '\\bcode\\b', '\\bfire alarm',
);

/** "CO" read off an alarm or detector: the gas it measures, not a fault code. */
export const CO_ON_DETECTOR = anyOf(
  '(?:报警器|警报器|探测器|检测器|报警仪)[^,，。]{0,8}(?:显示|亮|跳|出现|写着|有个)?\\s*[\\"“「]?CO(?![A-Za-z0-9])',
  '\\b(?:alarms?|detectors?)\\b[^.?!,]{0,20}\\b(?:says|saying|shows|showing|reads|reading|displays?|displaying|flashing)\\s+["“]?CO\\b(?![a-z0-9])',
);
