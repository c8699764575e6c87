/**
 * A synthetic fault knowledge base shaped like a real one of 1k-100k entries, and the customer
 * questions asked of it. Deterministic from a seed, so every run measures the same corpus.
 *
 * A real after-sales KB of 100k cases is written per brand, product line and fault: each entry
 * names its own models and codes, its own failing part and how it fails, and describes what the
 * customer sees in its own words (when, how often, what it sounds or smells like). It does not hold
 * hundreds of copies of one text with only the brand swapped. So each case here is composed from
 * parts (category, brand as the language writes it, model family and variant, error code, failing
 * component and failure mode, several observations, a usage context, numbers), in Chinese and in
 * English in parallel, as the sample KB is written. Cases of one brand, category or fault still
 * share most of their words, as real ones do; the vocabulary and its skew come from the parts
 * lists below, which follow the sample KB's categories, parts and phrasing.
 *
 * Questions are what customers type, not case text: one or two of a case's observations in one
 * language, wrapped in chat filler, sometimes with the brand, product, code or model, sometimes
 * with a word dropped, a synonym swapped in or an English typo.
 */
import type { Category, FaultCase } from '../knowledge/case-schema';

type Bi = { zh: string; en: string };

interface CategoryParts {
  category: Exclude<Category, 'general'>;
  product: Bi[];
  brands: Bi[];
  model: (r: () => number) => string;
  components: Bi[];
  /** What the customer observes; {part} is the failing component. */
  observations: Bi[];
  contexts: Bi[];
}

const bi = (zh: string, en: string): Bi => ({ zh, en });

const FAILURES: Bi[] = [
  bi('损坏', 'failed'),
  bi('卡死', 'seized'),
  bi('短路', 'shorted'),
  bi('断路', 'open circuit'),
  bi('老化', 'worn out'),
  bi('堵塞', 'blocked'),
  bi('松动', 'loose'),
  bi('接触不良', 'poor contact'),
  bi('漏气', 'leaking gas'),
  bi('结垢', 'scaled up'),
  bi('参数漂移', 'out of calibration'),
  bi('受潮', 'damp'),
  bi('烧毁', 'burnt out'),
  bi('变形', 'deformed'),
  bi('进水', 'water ingress'),
];

const SOUNDS: Bi[] = [
  bi('嗡嗡', 'humming'),
  bi('咔哒', 'clicking'),
  bi('吱吱', 'squeaking'),
  bi('咚咚', 'thumping'),
  bi('啸叫', 'whistling'),
  bi('哗哗', 'gurgling'),
  bi('滋滋', 'buzzing'),
  bi('哒哒', 'rattling'),
];
const SMELLS: Bi[] = [bi('焦糊味', 'burning smell'), bi('霉味', 'musty smell'), bi('塑料味', 'plastic smell'), bi('臭味', 'foul smell'), bi('煤气味', 'gas smell')];
const LIGHTS: Bi[] = [bi('红灯', 'red light'), bi('黄灯', 'amber light'), bi('绿灯', 'green light'), bi('蓝灯', 'blue light'), bi('电源灯', 'power light')];

const SHARED_CONTEXTS: Bi[] = [
  bi('刚安装好', 'right after installation'),
  bi('用了三年多', 'after three years of use'),
  bi('停电来电后', 'after a power cut'),
  bi('搬家后', 'after moving house'),
  bi('夜里', 'at night'),
  bi('下雨后', 'after rain'),
  bi('换了插座后', 'after changing the socket'),
  bi('长时间不用再开', 'after a long time unused'),
  bi('刚清洗过', 'just after cleaning'),
  bi('维修过一次后', 'after an earlier repair'),
  bi('每次开机', 'every time it starts'),
  bi('偶尔', 'now and then'),
  bi('最近一周', 'for the past week'),
  bi('保修刚过', 'just out of warranty'),
];

const SHARED_OBSERVATIONS: Bi[] = [
  bi('显示{code}', 'shows {code}'),
  bi('报{code}故障', 'error {code} comes up'),
  bi('{light}闪{n}下', '{light} blinks {n} times'),
  bi('有{sound}声', 'makes a {sound} noise'),
  bi('有{smell}', 'gives off a {smell}'),
  bi('一开就跳闸', 'trips the breaker when switched on'),
  bi('按键没反应', 'buttons do nothing'),
  bi('开机{n}分钟后自己停', 'stops by itself after {n} minutes'),
  bi('完全开不了机', 'will not power on at all'),
  bi('{part}发烫', 'the {part} gets hot'),
  bi('{part}那里有响声', 'noise from the {part}'),
  bi('屏幕不亮', 'display stays dark'),
];

const CATEGORIES: CategoryParts[] = [
  {
    category: 'air_conditioner',
    product: [bi('空调', 'air conditioner'), bi('挂机', 'wall-mounted AC'), bi('柜机', 'floor-standing AC'), bi('变频空调', 'inverter AC'), bi('中央空调', 'ducted AC'), bi('移动空调', 'portable AC')],
    brands: [
      bi('格力', 'Gree'),
      bi('美的', 'Midea'),
      bi('海尔', 'Haier'),
      bi('奥克斯', 'AUX'),
      bi('海信', 'Hisense'),
      bi('大金', 'Daikin'),
      bi('三菱', 'Mitsubishi'),
      bi('松下', 'Panasonic'),
      bi('TCL', 'TCL'),
      bi('格兰仕', 'Galanz'),
    ],
    model: (r) => `KFR-${pickNum(r, [23, 26, 32, 35, 50, 51, 72, 120])}${r() < 0.5 ? 'GW' : 'LW'}/${pickStr(r, ['BpR3', 'FNhAa', 'DN8Y', 'BP2DN1', 'ZBp', 'NhGd'])}${Math.floor(r() * 90) + 10}`,
    components: [
      bi('压缩机', 'compressor'),
      bi('室外风机', 'outdoor fan'),
      bi('四通阀', 'reversing valve'),
      bi('电子膨胀阀', 'expansion valve'),
      bi('管温传感器', 'coil sensor'),
      bi('室内风机', 'indoor fan'),
      bi('显示板', 'display board'),
      bi('遥控接收头', 'remote receiver'),
      bi('排水管', 'drain pipe'),
      bi('蒸发器', 'evaporator'),
      bi('冷凝器', 'condenser'),
      bi('启动电容', 'start capacitor'),
      bi('变频模块', 'inverter module'),
    ],
    observations: [
      bi('不制冷', 'not cooling'),
      bi('不制热', 'not heating'),
      bi('出风不凉', 'air blows warm'),
      bi('室内机滴水', 'indoor unit drips water'),
      bi('外机不转', 'outdoor unit does not run'),
      bi('出风口结冰', 'ice on the vents'),
      bi('风很小', 'very weak airflow'),
      bi('遥控器控制不了', 'ignores the remote'),
      bi('制冷一会就不凉了', 'cools a while then stops cooling'),
      bi('外机震动很大', 'outdoor unit shakes hard'),
      bi('导风板不摆动', 'louvre does not swing'),
      bi('除霜不停', 'keeps defrosting'),
    ],
    contexts: [bi('开制冷时', 'in cooling mode'), bi('冬天开暖风', 'heating in winter'), bi('大热天', 'on hot days'), bi('开睡眠模式', 'in sleep mode')],
  },
  {
    category: 'washing_machine',
    product: [bi('洗衣机', 'washing machine'), bi('滚筒洗衣机', 'front loader'), bi('波轮洗衣机', 'top loader'), bi('洗烘一体机', 'washer dryer')],
    brands: [
      bi('小天鹅', 'Little Swan'),
      bi('海尔', 'Haier'),
      bi('美的', 'Midea'),
      bi('西门子', 'Siemens'),
      bi('博世', 'Bosch'),
      bi('松下', 'Panasonic'),
      bi('惠而浦', 'Whirlpool'),
      bi('三星', 'Samsung'),
      bi('LG', 'LG'),
      bi('TCL', 'TCL'),
    ],
    model: (r) => `${pickStr(r, ['XQG', 'XQB', 'TG', 'MB', 'EG', 'WM'])}${pickNum(r, [70, 80, 90, 100, 120])}-${pickStr(r, ['V33', 'BD14', 'HBD', 'SJ', 'BW', 'U1'])}${Math.floor(r() * 900) + 100}`,
    components: [
      bi('排水泵', 'drain pump'),
      bi('门锁', 'door lock'),
      bi('水位传感器', 'water level sensor'),
      bi('进水阀', 'inlet valve'),
      bi('电机', 'motor'),
      bi('轴承', 'drum bearing'),
      bi('减震器', 'shock absorber'),
      bi('加热管', 'heating element'),
      bi('电脑板', 'control board'),
      bi('皮带', 'drive belt'),
      bi('门封圈', 'door seal'),
      bi('离合器', 'clutch'),
    ],
    observations: [
      bi('不排水', 'does not drain'),
      bi('不进水', 'does not fill'),
      bi('不脱水', 'will not spin'),
      bi('门打不开', 'door stays locked'),
      bi('底下漏水', 'leaks underneath'),
      bi('脱水时跳得厉害', 'jumps around when spinning'),
      bi('洗完衣服还是湿的', 'clothes come out soaking'),
      bi('滚筒不转', 'drum does not turn'),
      bi('水不热', 'water stays cold'),
      bi('一直进水停不下来', 'keeps filling non-stop'),
      bi('程序卡住不动', 'programme gets stuck'),
      bi('洗衣粉盒积水', 'water sits in the detergent drawer'),
    ],
    contexts: [bi('洗大件时', 'washing bulky items'), bi('快洗程序', 'on the quick programme'), bi('脱水阶段', 'at the spin stage'), bi('烘干时', 'when drying')],
  },
  {
    category: 'refrigerator',
    product: [bi('冰箱', 'fridge'), bi('对开门冰箱', 'side-by-side fridge'), bi('冰柜', 'chest freezer'), bi('多门冰箱', 'French-door fridge')],
    brands: [
      bi('海尔', 'Haier'),
      bi('容声', 'Ronshen'),
      bi('美的', 'Midea'),
      bi('西门子', 'Siemens'),
      bi('海信', 'Hisense'),
      bi('卡萨帝', 'Casarte'),
      bi('三星', 'Samsung'),
      bi('松下', 'Panasonic'),
      bi('博世', 'Bosch'),
    ],
    model: (r) => `BCD-${Math.floor(r() * 450) + 200}${pickStr(r, ['WDPG', 'WPCX', 'WTM', 'WKR4', 'WGHSS', 'WMPQ'])}${Math.floor(r() * 9) + 1}`,
    components: [
      bi('压缩机', 'compressor'),
      bi('化霜加热丝', 'defrost heater'),
      bi('温控器', 'thermostat'),
      bi('冷藏风门', 'air damper'),
      bi('蒸发风机', 'evaporator fan'),
      bi('门封条', 'door gasket'),
      bi('制冰机', 'ice maker'),
      bi('主控板', 'main board'),
      bi('毛细管', 'capillary tube'),
      bi('感温头', 'temperature probe'),
      bi('排水孔', 'defrost drain'),
    ],
    observations: [
      bi('冷藏不冷', 'fridge section not cold'),
      bi('冷冻室结霜严重', 'freezer ices up badly'),
      bi('一直不停机', 'runs non-stop'),
      bi('冷藏室结冰', 'food freezes in the fridge section'),
      bi('门关不严', 'door does not seal'),
      bi('底部积水', 'water pools at the bottom'),
      bi('制冰机不出冰', 'ice maker makes no ice'),
      bi('外壳很烫', 'sides get very hot'),
      bi('温度显示乱跳', 'temperature display jumps about'),
      bi('冷冻不冻', 'freezer not freezing'),
      bi('里面灯不亮', 'inside light stays off'),
    ],
    contexts: [bi('放满东西后', 'when fully loaded'), bi('夏天', 'in summer'), bi('开门次数多时', 'after many door openings'), bi('调到速冻', 'on quick freeze')],
  },
  {
    category: 'water_heater',
    product: [bi('热水器', 'water heater'), bi('燃气热水器', 'gas water heater'), bi('电热水器', 'electric water heater'), bi('壁挂炉', 'wall boiler')],
    brands: [bi('A.O.史密斯', 'A.O. Smith'), bi('林内', 'Rinnai'), bi('能率', 'Noritz'), bi('万和', 'Vanward'), bi('万家乐', 'Macro'), bi('海尔', 'Haier'), bi('美的', 'Midea'), bi('华帝', 'Vatti')],
    model: (r) =>
      r() < 0.5
        ? `JSQ${pickNum(r, [20, 24, 26, 30, 32])}-${pickNum(r, [12, 13, 16])}${pickStr(r, ['MW3', 'QD', 'GA', 'C5', 'X7'])}${Math.floor(r() * 9)}`
        : `ES${pickNum(r, [40, 50, 60, 80])}H-${pickStr(r, ['GM5', 'JT1', 'MC3', 'Z4'])}${Math.floor(r() * 90) + 10}`,
    components: [
      bi('点火针', 'ignition electrode'),
      bi('水流传感器', 'flow sensor'),
      bi('比例阀', 'gas valve'),
      bi('加热管', 'heating element'),
      bi('镁棒', 'anode rod'),
      bi('温度探头', 'temperature probe'),
      bi('风机', 'fan'),
      bi('熄火保护针', 'flame sensor'),
      bi('漏电保护插头', 'leakage-protection plug'),
      bi('热交换器', 'heat exchanger'),
      bi('混水阀', 'mixing valve'),
    ],
    observations: [
      bi('不出热水', 'no hot water'),
      bi('点不着火', 'will not ignite'),
      bi('水忽冷忽热', 'water goes hot and cold'),
      bi('打火后熄灭', 'lights then goes out'),
      bi('出水温度上不去', 'water never gets hot enough'),
      bi('加热很慢', 'heats very slowly'),
      bi('漏电保护跳', 'leakage protection trips'),
      bi('出水有黄色', 'water comes out yellow'),
      bi('水压很小', 'very low water pressure'),
      bi('排烟管滴水', 'flue drips water'),
    ],
    contexts: [bi('冬天洗澡时', 'during winter showers'), bi('两处同时用水', 'with two taps open'), bi('刚换了燃气瓶', 'after a new gas bottle'), bi('水压低的时候', 'when mains pressure is low')],
  },
  {
    category: 'gas_stove',
    product: [bi('燃气灶', 'gas stove'), bi('嵌入式灶具', 'built-in hob'), bi('台式灶', 'tabletop burner')],
    brands: [bi('方太', 'Fotile'), bi('老板电器', 'Robam'), bi('华帝', 'Vatti'), bi('万和', 'Vanward'), bi('美的', 'Midea'), bi('林内', 'Rinnai'), bi('西门子', 'Siemens')],
    model: (r) => `JZ${pickStr(r, ['T', 'Y', 'R'])}-${pickStr(r, ['TH', 'B', 'FD', 'E', 'Q'])}${Math.floor(r() * 900) + 100}${pickStr(r, ['B', 'GE', 'S', 'X'])}`,
    components: [
      bi('点火针', 'ignition needle'),
      bi('热电偶', 'thermocouple'),
      bi('电磁阀', 'solenoid valve'),
      bi('脉冲点火器', 'pulse igniter'),
      bi('炉头', 'burner head'),
      bi('火盖', 'flame cap'),
      bi('旋钮', 'control knob'),
      bi('电池盒', 'battery box'),
      bi('进气管', 'gas hose'),
    ],
    observations: [
      bi('打不着火', 'will not light'),
      bi('松手就灭', 'goes out when the knob is released'),
      bi('火焰发红', 'flame burns red'),
      bi('火很小', 'flame is very small'),
      bi('一直啪啪打火', 'keeps clicking'),
      bi('火焰发黄冒黑烟', 'yellow sooty flame'),
      bi('只有一边能点', 'only one side lights'),
      bi('关了还有小火', 'flame stays on after switching off'),
    ],
    contexts: [bi('炒菜时', 'while cooking'), bi('汤溢出来后', 'after a boil-over'), bi('换电池后', 'after new batteries'), bi('开大火时', 'on full flame')],
  },
  {
    category: 'range_hood',
    product: [bi('油烟机', 'range hood'), bi('侧吸油烟机', 'side-draft hood'), bi('顶吸烟机', 'canopy hood')],
    brands: [bi('方太', 'Fotile'), bi('老板电器', 'Robam'), bi('华帝', 'Vatti'), bi('美的', 'Midea'), bi('西门子', 'Siemens'), bi('万家乐', 'Macro')],
    model: (r) => `CXW-${pickNum(r, [200, 218, 220, 258, 260])}-${pickStr(r, ['EMD', 'JQ', 'X', 'TH', 'A'])}${Math.floor(r() * 90) + 10}${pickStr(r, ['S', 'B', 'G', ''])}`,
    components: [
      bi('电机', 'motor'),
      bi('风轮', 'impeller'),
      bi('止回阀', 'check valve'),
      bi('油杯', 'oil cup'),
      bi('照明灯', 'lamp'),
      bi('触摸面板', 'touch panel'),
      bi('电容', 'capacitor'),
      bi('烟道', 'duct'),
      bi('挡风板', 'baffle'),
    ],
    observations: [
      bi('吸力变小', 'suction is weak'),
      bi('漏油', 'drips oil'),
      bi('开机不转', 'fan does not spin'),
      bi('声音很大', 'very loud'),
      bi('油烟往外跑', 'smoke escapes into the kitchen'),
      bi('灯不亮', 'lamp does not light'),
      bi('关不掉', 'will not switch off'),
      bi('面板失灵', 'panel does not respond'),
    ],
    contexts: [bi('炒辣椒时', 'when frying chilli'), bi('开高档时', 'on high speed'), bi('用了两年没清洗', 'after two years without cleaning'), bi('楼上邻居做饭时', 'when neighbours cook')],
  },
  {
    category: 'rice_cooker',
    product: [bi('电饭煲', 'rice cooker'), bi('电压力锅', 'electric pressure cooker'), bi('IH电饭煲', 'induction rice cooker')],
    brands: [bi('苏泊尔', 'Supor'), bi('美的', 'Midea'), bi('九阳', 'Joyoung'), bi('松下', 'Panasonic'), bi('小米', 'Xiaomi'), bi('格兰仕', 'Galanz')],
    model: (r) => `${pickStr(r, ['SF', 'MB', 'JY', 'SR', 'MFB', 'Y'])}${pickNum(r, [30, 40, 50, 60])}${pickStr(r, ['FC', 'HS', 'RE', 'F5', 'PCS'])}${Math.floor(r() * 900) + 100}`,
    components: [
      bi('发热盘', 'heating plate'),
      bi('温控器', 'thermostat'),
      bi('限压阀', 'pressure valve'),
      bi('密封圈', 'sealing ring'),
      bi('内胆', 'inner pot'),
      bi('浮子阀', 'float valve'),
      bi('线圈盘', 'induction coil'),
      bi('保险管', 'thermal fuse'),
    ],
    observations: [
      bi('煮饭夹生', 'rice comes out half-cooked'),
      bi('煮糊了', 'rice burns'),
      bi('盖子漏气', 'steam escapes from the lid'),
      bi('不跳保温', 'never switches to keep-warm'),
      bi('煮粥溢出来', 'porridge boils over'),
      bi('不通电', 'no power'),
      bi('不上压', 'does not build pressure'),
      bi('内胆涂层脱落', 'coating peels off the pot'),
    ],
    contexts: [bi('煮杂粮时', 'cooking mixed grains'), bi('预约煮饭', 'on a timed start'), bi('煮满一锅时', 'with a full pot'), bi('快煮模式', 'in quick-cook mode')],
  },
  {
    category: 'microwave',
    product: [bi('微波炉', 'microwave'), bi('微蒸烤一体机', 'combination oven'), bi('光波炉', 'convection microwave')],
    brands: [bi('格兰仕', 'Galanz'), bi('美的', 'Midea'), bi('松下', 'Panasonic'), bi('西门子', 'Siemens'), bi('海尔', 'Haier'), bi('LG', 'LG')],
    model: (r) =>
      `${pickStr(r, ['G', 'M', 'NN', 'HB', 'PG'])}${pickNum(r, [1, 3, 7, 8])}${pickStr(r, ['0', '5', ''])}-${pickStr(r, ['L', 'K', 'DS', 'CS'])}${Math.floor(r() * 90) + 10}${pickStr(r, ['C', 'B', 'W'])}`,
    components: [
      bi('磁控管', 'magnetron'),
      bi('高压二极管', 'high-voltage diode'),
      bi('转盘电机', 'turntable motor'),
      bi('门开关', 'door switch'),
      bi('云母片', 'waveguide cover'),
      bi('变压器', 'transformer'),
      bi('烧烤管', 'grill element'),
      bi('控制板', 'control board'),
    ],
    observations: [
      bi('转但不热', 'runs but does not heat'),
      bi('转盘不转', 'turntable does not turn'),
      bi('里面打火', 'sparks inside'),
      bi('一开门灯不灭', 'light stays on with the door open'),
      bi('加热不均匀', 'heats unevenly'),
      bi('门关上不启动', 'will not start with the door shut'),
      bi('烧烤不热', 'grill does not heat'),
      bi('外壳漏电麻手', 'casing gives a tingle'),
    ],
    contexts: [bi('热饭时', 'reheating food'), bi('解冻时', 'when defrosting'), bi('开高火时', 'on high power'), bi('用了不锈钢碗后', 'after using a metal bowl')],
  },
  {
    category: 'phone',
    product: [bi('手机', 'phone'), bi('折叠屏手机', 'foldable phone'), bi('智能手机', 'smartphone')],
    brands: [bi('华为', 'Huawei'), bi('荣耀', 'Honor'), bi('小米', 'Xiaomi'), bi('OPPO', 'OPPO'), bi('vivo', 'vivo'), bi('苹果', 'Apple'), bi('三星', 'Samsung')],
    model: (r) => `${pickStr(r, ['Mate', 'P', 'Nova', 'Redmi Note', 'Find X', 'Reno', 'X', 'Galaxy S', 'Magic'])}${Math.floor(r() * 60) + 5}${pickStr(r, [' Pro', ' Ultra', 'i', 'Plus', 'S', ''])}`,
    components: [
      bi('电池', 'battery'),
      bi('尾插', 'charging port'),
      bi('屏幕排线', 'display cable'),
      bi('主摄像头', 'main camera'),
      bi('听筒', 'earpiece'),
      bi('扬声器', 'loudspeaker'),
      bi('基带', 'baseband chip'),
      bi('电源键', 'power button'),
      bi('指纹模组', 'fingerprint sensor'),
      bi('无线充电线圈', 'wireless charging coil'),
      bi('SIM卡座', 'SIM tray'),
    ],
    observations: [
      bi('充不进电', 'will not charge'),
      bi('掉电很快', 'battery drains fast'),
      bi('屏幕闪烁', 'screen flickers'),
      bi('自动重启', 'restarts by itself'),
      bi('没有信号', 'no signal'),
      bi('发热严重', 'gets very hot'),
      bi('通话对方听不到', 'callers cannot hear me'),
      bi('拍照模糊', 'photos come out blurry'),
      bi('触屏失灵', 'touch screen does not respond'),
      bi('指纹解锁不了', 'fingerprint unlock fails'),
      bi('电池鼓包', 'battery is swelling'),
    ],
    contexts: [bi('系统更新后', 'after a system update'), bi('玩游戏时', 'while gaming'), bi('进水后', 'after getting wet'), bi('摔了一下后', 'after a drop')],
  },
];

const STEPS: Bi[] = [
  bi('断电等待5分钟后重新开机', 'unplug, wait five minutes and switch on again'),
  bi('检查电源插座和电压', 'check the socket and the supply voltage'),
  bi('清洁滤网或过滤器', 'clean the filter'),
  bi('检查进出水管是否弯折', 'check the hoses for kinks'),
  bi('恢复出厂设置', 'reset to factory settings'),
  bi('记下故障代码后报修', 'note the error code and book a repair'),
  bi('不要自行拆机', 'do not open the casing yourself'),
  bi('更换电池后再试', 'replace the batteries and try again'),
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
function pickStr(r: () => number, xs: readonly string[]): string {
  return xs[Math.floor(r() * xs.length)]!;
}
function pickNum(r: () => number, xs: readonly number[]): number {
  return xs[Math.floor(r() * xs.length)]!;
}

/** Fills {code}, {part}, {light}, {sound}, {smell} and {n} the same way in both languages. */
function fill(template: Bi, slots: { code: string; part: Bi; n: number }, r: () => number): Bi {
  const light = LIGHTS[Math.floor(r() * LIGHTS.length)]!;
  const sound = SOUNDS[Math.floor(r() * SOUNDS.length)]!;
  const smell = SMELLS[Math.floor(r() * SMELLS.length)]!;
  const one = (text: string, lang: 'zh' | 'en') =>
    text
      .replaceAll('{code}', slots.code)
      .replaceAll('{part}', slots.part[lang])
      .replaceAll('{light}', light[lang])
      .replaceAll('{sound}', sound[lang])
      .replaceAll('{smell}', smell[lang])
      .replaceAll('{n}', String(slots.n));
  return { zh: one(template.zh, 'zh'), en: one(template.en, 'en') };
}

export function syntheticFaultKb(count: number, seed = 42): FaultCase[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: FaultCase[] = [];
  for (let i = 0; i < count; i++) {
    const parts = pick(CATEGORIES);
    const brand = pick(parts.brands);
    const product = pick(parts.product);
    const model = parts.model(r);
    const codes = r() < 0.65 ? [`${pick(['E', 'F', 'H', 'P', 'C', 'U', 'L', 'dE'])}${Math.floor(r() * 40)}`] : [];
    const part = pick(parts.components);
    const failure = pick(FAILURES);
    const slots = { code: codes[0] ?? '', part, n: 2 + Math.floor(r() * 28) };
    // Mostly what this kind of product does wrong; now and then what any appliance does (codes, lights, noises).
    const shared = SHARED_OBSERVATIONS.filter((o) => codes.length || !o.zh.includes('{code}'));
    const observations = new Set<Bi>();
    const wanted = 2 + Math.floor(r() * 3);
    while (observations.size < wanted) observations.add(r() < 0.7 ? pick(parts.observations) : pick(shared));
    const context = pick([...parts.contexts, ...SHARED_CONTEXTS]);
    const symptoms = [...observations].map((o, j) => {
      const s = fill(o, slots, r);
      // The first symptom says when it happens, as case authors write it.
      return j === 0 ? { zh: `${context.zh}${s.zh}`, en: `${s.en} ${context.en}` } : s;
    });
    const lead = symptoms[0]!;
    const codeText = codes.length ? `${codes[0]} ` : '';
    const otherPart = pick(parts.components);
    out.push({
      kind: 'fault',
      id: `syn-${i}`,
      category: parts.category,
      brands: [brand.en],
      models: [model],
      errorCodes: codes,
      title: {
        zh: `${brand.zh}${product.zh} ${model} ${codeText}${lead.zh}：${part.zh}${failure.zh}`,
        en: `${brand.en} ${product.en} ${model} ${codeText}${lead.en}: ${part.en} ${failure.en}`,
      },
      symptoms: { zh: symptoms.map((s) => s.zh), en: symptoms.map((s) => s.en) },
      causes: { zh: [`${part.zh}${failure.zh}`, `${otherPart.zh}${pick(FAILURES).zh}`], en: [`${part.en} ${failure.en}`, `${otherPart.en} ${pick(FAILURES).en}`] },
      steps: { zh: [pick(STEPS).zh, pick(STEPS).zh, '仍不行请报修'], en: [pick(STEPS).en, pick(STEPS).en, 'if it persists, book a repair'] },
      safety: { zh: [], en: [] },
      engineerVisit: r() < 0.6,
      parts: [part.zh],
      source: 'synthetic benchmark case',
    });
  }
  return out;
}

const ZH_OPENERS = ['', '', '你好，', '您好，请问', '在吗？', '师傅，', '急！'];
const ZH_CLOSERS = ['', '怎么办', '，怎么回事？', '，咋整', '，要报修吗', '，能自己修吗？', '了，帮忙看看'];
const EN_OPENERS = ['', '', 'hi, ', 'hello, my ', 'help: ', 'so my '];
const EN_CLOSERS = ['', '', ' what should I do?', ', any idea?', ' - need a repair?', ' please help'];
/** Words customers use instead of the case's own. */
const SYNONYMS: [string, string][] = [
  ['不制冷', '不凉'],
  ['漏水', '滴水'],
  ['不排水', '水排不出去'],
  ['声音很大', '吵得很'],
  ['开不了机', '打不开'],
  ['not cooling', 'no cold air'],
  ['does not drain', "won't drain"],
  ['will not', "won't"],
  ['very loud', 'super noisy'],
  ['does not', "doesn't"],
];

/** Adds an English typo: a letter dropped or two letters swapped inside one longer word. */
function typo(text: string, r: () => number): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => (/^[a-z]{5,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (!candidates.length) return text;
  const at = candidates[Math.floor(r() * candidates.length)]!;
  const w = words[at]!;
  const j = 1 + Math.floor(r() * (w.length - 2));
  words[at] = r() < 0.5 ? w.slice(0, j) + w.slice(j + 1) : w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  return words.join(' ');
}

/** Customer questions about cases of the corpus, in Chinese and English, with chat noise, each with the case it was written from. */
export function customerQuestions(cases: FaultCase[], count: number, seed = 7): { text: string; caseId: string }[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: { text: string; caseId: string }[] = [];
  for (let i = 0; i < count; i++) {
    const c = pick(cases);
    const parts = CATEGORIES.find((p) => p.category === c.category)!;
    const zh = r() < 0.5;
    const lang = zh ? 'zh' : 'en';
    const symptoms = c.symptoms[lang];
    const first = pick(symptoms);
    const second = r() < 0.35 ? pick(symptoms) : undefined;
    let body = second && second !== first ? `${first}${zh ? '，还' : ', and it '}${second}` : first;
    for (const [from, to] of SYNONYMS) if (body.includes(from) && r() < 0.5) body = body.replace(from, to);
    if (!zh && r() < 0.25) body = typo(body, r);
    const brand = parts.brands.find((b) => b.en === c.brands[0])!;
    const product = pick(parts.product);
    const named = r();
    const subject = named < 0.3 ? `${brand[lang]}${zh ? '' : ' '}${product[lang]}` : named < 0.45 ? `${c.models[0]} ` : named < 0.75 ? product[lang] : '';
    const code = c.errorCodes[0] && !body.includes(c.errorCodes[0]) && r() < 0.3 ? (zh ? `，显示${c.errorCodes[0]}` : `, shows ${c.errorCodes[0]}`) : '';
    const text = zh
      ? `${pick(ZH_OPENERS)}${subject ? `我家${subject}` : ''}${body}${code}${pick(ZH_CLOSERS)}`
      : `${pick(EN_OPENERS)}${subject ? `${subject} ` : ''}${body}${code}${pick(EN_CLOSERS)}`.trim();
    out.push({ text, caseId: c.id });
  }
  return out;
}
