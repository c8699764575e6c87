/**
 * The answer when the customer has already made a danger safe (understanding/danger-made-safe.ts):
 * sparks in a microwave stopped and unplugged, or a burning smell or a little smoke with the power
 * cut and no flames. No person is rushed in; the customer hears that cutting the power was right,
 * the steps that still apply (keep it off and unplugged, air the room, do not use it until it is
 * checked, what to do if it starts again), the usual cause, and that a repair can be booked.
 */

type Bi = { zh: string; en: string };

const MICROWAVE = /微波炉|\bmicrowave/i;

/** Sparks in a microwave: metal is the usual cause; with no metal, the waveguide cover. */
const MICROWAVE_SPARKS: Bi = {
  zh: '您及时停机断电做得对，没有起火就不用慌。微波炉里打火花，最常见是里面有金属：锡纸或铝箔饭盒、带金边银边的碗盘、勺子叉子。要是当时有这些，以后换成陶瓷、耐热玻璃或标明可微波的容器就行，再看看炉腔和侧壁那块云母片（波导盖）有没有烧黑，有油污擦干净。要是确实没放金属，多半是那块云母片被油污烧坏了，先不要再用，需要的话回复“报修”，我帮您预约工程师上门检查更换。再用时如果又打火、冒烟，马上停机断电，里面起火就不要开门，火不灭就离开并拨打119。',
  en: 'You did the right thing stopping it and cutting the power; with no fire there is no need to panic. Sparks in a microwave most often come from metal inside: a foil tray, a dish with a gold or silver rim, a spoon or fork. If there was any, use ceramic, heat-proof glass or containers marked microwave-safe from now on, and check the cavity and the mica plate on the side wall (the waveguide cover) for burn marks, wiping off any grease. If there really was no metal, the mica plate has most likely burnt where grease charred on it: do not use the microwave for now, and reply "repair" if you would like me to book an engineer to check and replace it. If it sparks or smokes again, stop it and cut the power; if something burns inside, keep the door shut, and if it does not go out, leave and call 119 or your local emergency number.',
};

/** A burning smell or a little smoke, power cut, no flames: an overheated part, checked before use. */
function smokeOver(device: Bi): Bi {
  return {
    zh: `您已经断电、也没有明火，做得对。请让${device.zh}保持断电、拔掉插头，开窗通风，等它完全凉下来；在工程师检查之前先不要再用。焦味或一点烟，一般是里面的电机、加热部件或线路过热了（烘干机常见是绒毛积在加热部件附近）。需要的话回复“报修”，我帮您预约工程师上门检查。如果又冒烟或者看到火苗，人先离开，拨打119。`,
    en: `Switching it off with no flames was exactly right. Keep ${device.en} switched off and unplugged, open a window and let it cool down completely, and do not use it again until an engineer has checked it. A burning smell or a little smoke usually means a motor, heating part or wiring inside has overheated (on a tumble dryer, often fluff built up around the heater). Reply "repair" if you would like me to book an engineer visit. If it smokes again or you see flames, get everyone out and call 119 or your local emergency number.`,
  };
}

/** The answer for this message and the device the safety context names. */
export function madeSafeAnswer(text: string, device: Bi, lang: 'zh' | 'en'): string {
  return (MICROWAVE.test(text) ? MICROWAVE_SPARKS : smokeOver(device))[lang];
}
