/**
 * A flame still burning when gas is smelt: "the burner is still on, should I turn it off?". Yes, at
 * once, at its knob: a gas knob is a valve, and turning it off makes no spark, unlike an electric
 * switch (the cooker hood, the lights, a plug). Then the main valve, the windows, out, and the gas
 * company from outside. Read by rules, never by a model.
 */

type Bi = { zh: string; en: string };

/** A flame or burner said to be alight now. */
const FLAME_ON =
  /火(?:还|也)?(?:在)?(?:开着|烧着|点着|着着|没关|没灭)|(?:烧|开|点)着(?:火|呢)|灶(?:上|台)?(?:还|也)?(?:在)?(?:烧|开|点|煮)着|炉头|灶眼|火眼|(?:煮|烧|炖|熬)着(?:汤|水|饭|菜|东西)|锅(?:还)?(?:在)?(?:烧|煮|炖)着|\b(?:burner|flame|hob|stove|gas ring|ring|cooker|cooktop|pan|pot)s?\b[^.?!]{0,25}\b(?:on|lit|alight|burning|going|running|cooking|boiling)\b|\bstill (?:lit|burning|alight|cooking|boiling|on)\b|\b(?:left|have|got) (?:the |a |one )?(?:burner|flame|hob|gas|stove) on\b/i;
/** Turning it off, asked or planned. */
const TURN_OFF = /关|灭|熄|拧|\b(?:turn|switch|shut|put)\w*\b[^.?!]{0,20}\b(?:off|out)\b|\bextinguish\w*|\bblow (?:it )?out\b/i;

/** "火还开着，要关吗", "one burner is still lit, do I turn it off?". */
export function flameOffAsked(text: string): boolean {
  return FLAME_ON.test(text) && TURN_OFF.test(text);
}

/** The answer for a gas leak: the knob is turned off, electric switches are left alone. */
export const FLAME_OFF_IN_GAS_LEAK: Bi = {
  zh: '要关，马上关：直接用手拧灶的旋钮把火关掉。拧旋钮是关燃气阀门，不会打出火花；不要按抽油烟机、电灯或任何电器开关。关了火再关燃气总阀，打开门窗，人离开屋子，到室外再给燃气公司打电话。',
  en: 'Yes, turn it off now, by hand at its knob: a gas knob is a valve, and turning it off makes no spark. Do not touch the cooker hood, the lights or any electric switch. Then close the main gas valve, open the windows, leave the home and call the gas company from outside.',
};
