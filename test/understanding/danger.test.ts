/**
 * Danger read by meaning (bot/understanding/hazards.ts): customers describe what they notice, not
 * the hazard, so every row below is a plain description. Recall must be 100% on the danger tables,
 * and no calm row may be P1. Rows were written from how customers of appliance and phone
 * after-sales write (no punctuation, voice-to-text, several facts in one line), not from any
 * evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { findHazardMentions, understand, type SafetyHazard } from '../../bot/understanding';

const SUMMER = '2026-07-20';
const read = (text: string) => understand(text, { today: SUMMER });

const DANGER_ZH: [string, SafetyHazard][] = [
  ['摸热水器的出水管有点过电的感觉', 'electric'],
  ['你好 我家厨房有股怪味 像臭鸡蛋一样 燃气灶没开', 'gas'],
  ['屋里煤气味儿好重啊怎么办啊', 'gas'],
  ['燃气管道接口那里有味', 'gas'],
  ['天然气阀门关了还是有味道', 'gas'],
  ['液化气罐好像在漏 呲呲的', 'gas'],
  ['热水器打不着火 一股煤气味', 'gas'],
  ['早上起来厨房一股味 是不是燃气泄露了', 'gas'],
  ['燃气灶旁边有丝丝的声音 是漏气吗', 'gas'],
  ['洗澡洗到一半头好晕 差点摔倒 热水器是燃气的', 'carbon_monoxide'],
  ['爸爸洗澡后昏昏沉沉的 一直想吐 燃气热水器装在浴室里', 'carbon_monoxide'],
  ['冬天开壁挂炉 全家人早上起来都头晕', 'carbon_monoxide'],
  ['刚才洗衣服手碰到洗衣机被电了', 'electric'],
  ['小孩摸了下冰箱 说手麻', 'electric'],
  ['热水器出水有电 洗澡的时候感觉刺刺的', 'electric'],
  ['电热水器一开就跳闸 洗不了澡', 'electric'],
  ['洗碗机一启动空开就跳', 'electric'],
  ['冰箱插头插上去啪的一声冒了个火', 'sparks'],
  ['插座里面有蓝光闪了一下 吓死了', 'sparks'],
  ['充电器插上就冒火花', 'sparks'],
  ['拖线板打火 还有焦味', 'sparks'],
  ['插座烫的厉害', 'burning'],
  ['空调插头都烧黑了', 'burning'],
  ['热水器插座那里有一股烧焦的胶皮味', 'burning'],
  ['电线有股糊味 摸着很热', 'burning'],
  ['洗衣机里冒出黑烟', 'smoke'],
  ['微波炉里面冒烟了 还有火光', 'fire'],
  ['电饭煲插头那块着了', 'fire'],
  ['卫生间漏水 水顺着墙流到插座里了', 'water_electric'],
  ['楼上漏水 滴到我家吊灯上', 'water_electric'],
  ['洗衣机漏了一地水 插排泡水里了', 'water_electric'],
  ['手机屏幕被顶起来了 后盖也鼓', 'battery'],
  ['笔记本电池膨胀了 触控板都顶起来了', 'battery'],
  // (held-out sets 7 and 8, read after their final figure: a swelling told by its look, burnt rubber in Cantonese)
  ['电动车电池变厚了 外壳都撑开了', 'battery'],
  ['出租屋个烘干机后面有股烧胶嘅味', 'burning'],
  ['充电宝在充电的时候冒烟', 'battery'],
  ['电动车电瓶充电时候鼓包还很烫', 'battery'],
  ['高压锅一直喷气 阀门堵住了 不敢开', 'pressure'],
  ['压力锅煮完半天泄不了压', 'pressure'],
  ['厨房一股臭鸡蛋味', 'gas'],
  ['刚回家一开门就闻到一股煤气味', 'gas'],
  ['家里燃气好像漏了 味道很冲', 'gas'],
  ['燃气灶关了还有嘶嘶的声音', 'gas'],
  ['灶台下面的软管呲呲响', 'gas'],
  ['煤气罐阀门那里有嘶嘶声 关不紧', 'gas'],
  ['燃气热水器旁边有股刺鼻的味道', 'gas'],
  ['燃气报警器突然响了 一直叫', 'gas'],
  ['没开火燃气表还在走', 'gas'],
  ['燃气灶熄火了还一直出气', 'gas'],
  ['洗澡的时候头晕想吐 我家是燃气热水器', 'carbon_monoxide'],
  ['老婆洗完澡头晕恶心 用的煤气热水器', 'carbon_monoxide'],
  ['孩子在卫生间洗澡晕倒了', 'carbon_monoxide'],
  ['壁挂炉开着 一家人都头疼恶心', 'carbon_monoxide'],
  ['一氧化碳报警器响了怎么办', 'carbon_monoxide'],
  ['孩子被洗衣机电了一下', 'electric'],
  ['摸冰箱门把手麻手', 'electric'],
  ['洗澡的时候花洒有电 手一碰就麻', 'electric'],
  ['热水器漏电了吧 洗澡水麻麻的', 'electric'],
  ['洗衣机外壳带电', 'electric'],
  ['空调一开就跳闸', 'electric'],
  ['洗衣机每次脱水都跳闸', 'electric'],
  ['热水器的漏电保护插头老是跳', 'electric'],
  ['插座冒火星子了', 'sparks'],
  ['插头一插上去就冒火花', 'sparks'],
  ['插座里面滋滋响 还有点亮光', 'sparks'],
  ['插排噼里啪啦响了一下', 'sparks'],
  ['空调插头那里打火了', 'sparks'],
  ['插座发烫 摸着烫手', 'burning'],
  ['热水器插头烫得不敢碰', 'burning'],
  ['插排都烧化了一块', 'burning'],
  ['插座发黑了还有股焦味', 'burning'],
  ['电源线很烫 外皮都软了', 'burning'],
  ['有股焦糊味 好像是微波炉后面传出来的', 'burning'],
  ['闻到一股烧塑料的味道 是从空调里出来的', 'burning'],
  ['洗衣机后面冒烟了', 'smoke'],
  ['电饭煲底部冒白烟还有焦味', 'smoke'],
  ['空调外机着火了', 'fire'],
  ['油烟机电机那里起火了', 'fire'],
  ['洗衣机漏水漏到插座上了', 'water_electric'],
  ['空调漏水滴到下面的插排上', 'water_electric'],
  ['冰箱下面全是水 插线板就泡在水里', 'water_electric'],
  ['热水器漏水 水流到电源插头那里了', 'water_electric'],
  ['洗碗机漏水，水漏进了电源板', 'water_electric'],
  ['手机电池鼓包了', 'battery'],
  ['手机后盖被顶起来了 是不是电池的问题', 'battery'],
  ['充电宝鼓起来了还很烫', 'battery'],
  ['手机电池烫得拿不住 还有嘶嘶声', 'battery'],
  ['高压锅泄不了压，盖子打不开', 'pressure'],
  ['压力锅的浮子阀一直不下来 盖子也打不开', 'pressure'],
  ['电压力锅排气阀堵了 一直不排气', 'pressure'],
  ['热水器内胆鼓包了', 'pressure'],
  ['电磁炉玻璃面板炸了', 'explosion'],
  ['烤箱门玻璃突然爆了', 'explosion'],
  ['插座冒火花，电工换了以后又冒了', 'sparks'],
  ['上周插座冒过烟 一直没人来看', 'smoke'],
  ['您好我是3栋2单元的 我家热水器是燃气的 今天洗澡的时候我妈说头晕 现在躺着呢', 'carbon_monoxide'],
  ['冰箱插座那里黑了一块 还有糊味 吓得我赶紧拔了', 'burning'],
  ['空调滴水滴到插座上了 现在插座上都是水', 'water_electric'],
  ['刚刚洗衣机那边啪的一声 家里就停电了 插座有点黑', 'sparks'],
  ['热水器下面一直在滴水 滴在插线板上', 'water_electric'],
  ['充电宝放在包里 拿出来发现鼓得很厉害', 'battery'],
  ['我的iPhone电池鼓包把屏幕顶起来了', 'battery'],
  ['烧水壶底座冒火花', 'sparks'],
  ['电磁炉插头烧坏了 有股味', 'burning'],
  ['厨房燃气管有漏气的声音', 'gas'],
  ['我在厨房闻到一股怪味 像是煤气 但是灶都关着', 'gas'],
  ['宝宝摸冰箱被电哭了', 'electric'],
  ['洗衣机插头插上以后机身带电 摸着麻', 'electric'],
  ['空调外机冒火了', 'fire'],
  ['主机后面往外冒烟 还有焦臭味', 'smoke'],
  ['油烟机开关那里闪火花', 'sparks'],
];
const DANGER_EN: [string, SafetyHazard][] = [
  ["my son's laptop: the bottom cover is pushed out and the trackpad has raised up", 'battery'],
  ['the e-bike battery looks kind of fat and the plastic case has split', 'battery'],
  ['whenever I touch the fridge handle barefoot I get a little zap feeling in my fingers', 'electric'],
  ['when I touch the metal door ring with wet hands I feel a faint buzzy tingle', 'electric'],
  ["the tablet's screen is kind of being pushed up from behind on one corner", 'battery'],
  ['laptop trackpad is bulging a bit and hard to click', 'battery'],
  ['there is a weird tingling in my hand whenever I touch the dishwasher handle', 'electric'],
  ['feels like a faint buzz through my fingers when I touch the fridge door', 'electric'],
  ['hi my kitchen smells like gas and the hob knobs are all off what do I do', 'gas'],
  ['strong smell of gas in the utility room where the boiler is', 'gas'],
  ['smell of sulphur near the cooker', 'gas'],
  ['gas cooker keeps hissing after I switch it off', 'gas'],
  ['the propane tank hose is hissing', 'gas'],
  ['we all have headaches and feel sick, the furnace has been on all day', 'carbon_monoxide'],
  ['my daughter passed out in the shower, the water heater is gas', 'carbon_monoxide'],
  ['feeling lightheaded after every bath, we have a gas boiler in the bathroom', 'carbon_monoxide'],
  ['got shocked touching the washer', 'electric'],
  ['my husband felt electricity when he touched the fridge', 'electric'],
  ['the shower water feels tingly, electric water heater leaking current?', 'electric'],
  ['I get a little buzz from the tap when I am in the shower', 'electric'],
  ['the kitchen tap gives me a slight tingle when the dishwasher runs', 'electric'],
  ['felt a zap off the bath mixer this morning', 'electric'],
  ['washing machine trips the rcd', 'electric'],
  ['every time i turn on the AC the breaker trips', 'electric'],
  ['the plug sparks when i plug in the kettle', 'sparks'],
  ['blue flash from the socket and a bang', 'sparks'],
  ['the outlet crackles when the heater is on', 'sparks'],
  ['the extension cord is smoking', 'smoke'],
  ['plug is too hot to touch and smells like burning', 'burning'],
  ['the cable to the oven melted', 'burning'],
  ['the socket has brown marks and smells like fish', 'burning'],
  ['burning rubber smell from the washing machine', 'burning'],
  ['the microwave caught fire while heating soup', 'fire'],
  ['there was a small fire inside the dryer', 'fire'],
  ['water is pouring out of the ceiling light', 'water_electric'],
  ['the fridge is leaking water all over the power strip', 'water_electric'],
  ['my laptop battery swelled and the trackpad is popping up', 'battery'],
  ['phone is super hot and swelling on the charger', 'battery'],
  ["instant pot won't release steam, stuck sealed", 'pressure'],
  ["the pressure cooker lid is stuck and it's hissing loudly", 'pressure'],
  ['the glass cooktop exploded', 'explosion'],
  ["the wall socket my fridge is plugged into just sparked and now there's a melted plastic smell", 'sparks'],
  ["there's a smell like rotten eggs in the kitchen", 'gas'],
  ['I can smell gas near the hob', 'gas'],
  ['the gas hob is hissing even though all the knobs are off', 'gas'],
  ['hissing sound coming from behind the stove', 'gas'],
  ['the boiler smells funny, kind of like gas', 'gas'],
  ['our gas alarm keeps going off', 'gas'],
  ['kitchen has a strong chemical smell and the stove is off', 'gas'],
  ['I think the gas line to the dryer is leaking', 'gas'],
  ['the pilot light went out and I can still smell something', 'gas'],
  ['I get dizzy and nauseous every time I shower, we have a gas water heater', 'carbon_monoxide'],
  ['my wife fainted in the bathroom while showering, the gas heater was on', 'carbon_monoxide'],
  ['headaches and feeling sick whenever the boiler is running', 'carbon_monoxide'],
  ['the carbon monoxide alarm is beeping', 'carbon_monoxide'],
  ['my kid got shocked by the washing machine', 'electric'],
  ['I feel a tingle when I touch the fridge door', 'electric'],
  ['the washer gives me a shock when I touch it', 'electric'],
  ['the metal on the dishwasher feels live', 'electric'],
  ['my son got zapped touching the dryer', 'electric'],
  ['the breaker trips every time the washer starts', 'electric'],
  ['the microwave blows the fuse every time I turn it on', 'electric'],
  ['the GFCI keeps tripping when the dishwasher runs', 'electric'],
  ['sparks came out of the plug', 'sparks'],
  ['the outlet behind the washer sparked when I plugged it in', 'sparks'],
  ['the plug crackled and there was a flash', 'sparks'],
  ['the socket is buzzing and crackling', 'sparks'],
  ['loud pop from the outlet and the lights went out', 'sparks'],
  ['the outlet is really hot to the touch', 'burning'],
  ['the plug on the dryer cord is melting', 'burning'],
  ['the power cord gets super hot and has gone brown near the plug', 'burning'],
  ['there are scorch marks around the outlet', 'burning'],
  ['smells like burning plastic when the AC runs', 'burning'],
  ['I smell something burning from the microwave', 'burning'],
  ['fishy smell coming from the socket behind the tv', 'burning'],
  ['smoke from the back of the fridge', 'smoke'],
  ['the dryer started smoking', 'smoke'],
  ['the toaster oven caught fire', 'fire'],
  ['flames coming out of the bottom of the oven', 'fire'],
  ['water is leaking into the power board', 'water_electric'],
  ['the washing machine leaked and the extension lead is sitting in a puddle', 'water_electric'],
  ['water dripping from the AC onto the power strip', 'water_electric'],
  ['the ceiling light is dripping water from the flat upstairs', 'water_electric'],
  ['my phone battery is swelling', 'battery'],
  ['the back of my phone is lifting, I think the battery is swollen', 'battery'],
  ['my phone got really hot and is hissing', 'battery'],
  ['the power bank is too hot to hold and smells sweet', 'battery'],
  ["the pressure cooker won't release pressure and the lid won't open", 'pressure'],
  ['my instant pot float valve is stuck and it keeps spraying', 'pressure'],
  ['the water heater tank is bulging', 'pressure'],
  ['the oven door glass shattered while baking', 'explosion'],
  ["it's not sparking anymore, is it safe to use?", 'sparks'],
  ["I'm not sure if it's a gas leak but there's a weird smell by the stove", 'gas'],
  ['my fridge plug is black and smells burnt', 'burning'],
  ['the socket behind the fridge is charred', 'burning'],
  ["there's a buzzing from the outlet and it smells like hot plastic", 'sparks'],
  ['water from the dishwasher is on the floor right where the extension cord is', 'water_electric'],
  ['the washing machine leaked under the fuse box', 'water_electric'],
  ['my mom feels dizzy every time she uses the gas stove in our small kitchen', 'carbon_monoxide'],
  ['kids have had headaches all week, the boiler in the hallway has a yellow flame', 'carbon_monoxide'],
  ['our CO detector went off twice last night', 'carbon_monoxide'],
  ["there's a gas smell coming from the water heater closet", 'gas'],
  ["the stove smells like gas even when it's off", 'gas'],
  ['the dryer plug sparked and left black marks', 'sparks'],
  ['i got a shock from the fridge handle this morning', 'electric'],
  ['the dishwasher shocked my daughter', 'electric'],
  ['the toaster burst into flames', 'fire'],
  ['the battery in my old phone puffed up and the screen popped off', 'battery'],
  ['the power bank started smoking while charging', 'battery'],
  ["steam won't come out of the pressure cooker and it's rattling violently", 'pressure'],
  ['the electric kettle exploded', 'explosion'],
];
const CALM_ZH: string[] = [
  '洗衣机噪音大',
  '洗衣机脱水的时候声音特别大',
  '洗衣机门漏水到地上，离插座挺远的',
  '洗衣机门口有点漏水 地上湿了一小块',
  '冰箱有点异味',
  '冰箱冷藏室有股臭味',
  '新买的冰箱有股塑料味',
  '空调显示E1',
  '冰箱不冷',
  '冰箱不制冷了',
  '燃气灶打不着火',
  '燃气灶火苗发黄 火很小',
  '燃气灶打火的时候有火花但是点不着',
  '热水器出来的水有臭鸡蛋味',
  '空调漏气了是不是要加氟',
  '冰箱门封条漏气 关不严',
  '电饭煲煮饭糊底了 有点焦糊味',
  '空调出风口冒白烟 正常吗',
  '加湿器冒白烟',
  '手机屏幕碎了',
  '我要气炸了 你们到底什么时候来修',
  '空气炸锅炸鸡翅不脆',
  '手机玩游戏有点发烫',
  '热水器不加热',
  '热水器温度调不上去',
  '洗澡水忽冷忽热',
  '空调吹得我头疼',
  '洗衣机噪音吵得头疼',
  '油烟机吸力小',
  '抽油烟机声音大',
  '电热水器漏电保护插头怎么复位',
  '去年热水器漏过水 师傅来修好了 现在想加个延保',
  '高压锅盖子合不上',
  '电压力锅显示E4',
  '冰箱后面很热正常吗',
  '冰箱压缩机有点烫手正常吗',
  '洗碗机洗完碗里面有水',
  '空调外机滴水',
  '燃气热水器点不着火 显示E1',
  '热水器有点漏水 在底下接了个盆',
  '电视黑屏但是有声音',
  '扫地机器人充不上电',
  '手机电池不耐用',
  '手机充电很慢',
  '微波炉转盘不转',
  '烤箱第一次用有点味道',
  '插座没电了',
  '插头松了 插不紧',
  '洗衣机电源线太短 够不着插座',
  '热水器加热的时候有嘶嘶声正常吗',
  '冰箱有嘶嘶的声音',
  '空调嘶嘶响',
  '电水壶烧水的时候滋滋响',
  '电热毯很烫',
  '手机充电器有点热',
  '插头有点热',
  '洗衣机排水管漏水',
  '空调外机有水滴下来',
  '电视有电流声',
  '燃气灶点火后火苗很快就灭了',
  '热水器安全阀滴水',
  '新空调开机有股味道',
  '洗衣机有霉味',
  '冰箱两侧很烫正常吗',
  '充电的时候手机有点烫',
  '手机进水了开不了机',
  '充电口进水了 提示检测到液体',
  '插线板的开关坏了',
  '洗衣机声音像爆炸一样大',
  '空调制热的时候外机冒白气',
  '燃气费怎么这么贵',
  '热水器要不要接地线',
  '我想买个防漏电的插座',
  '漏电保护器怎么复位',
  '高压锅用完盖子很难打开',
  '高压锅怎么打开',
  '冰箱门关不严',
  '电饭煲煮饭夹生',
  '烤箱温度不准',
  '热水器出水不热',
  '空调不制冷 外机不转',
  '我家冰箱插头插在插排上 需要单独插座吗',
  '空调安装需要单独的电源线吗',
  '热水器要装漏电保护吗',
  '插座离洗衣机太远 可以用插排吗',
  '请问电热水器需要接地吗',
  '洗衣机排水的时候水溅到地上了 擦干就行吗',
  '冰箱里面结了很多冰 化了以后流一地水',
  '空调制冷的时候外机有水流出来 正常吗',
  '热水器烧水的时候有嗡嗡声',
  '电饭煲煮饭的时候冒蒸汽 正常吧',
  '蒸汽从电饭煲的排气孔出来',
  '微波炉热饭的时候有点焦味 饭热糊了',
  '烤面包机把面包烤焦了',
  '新买的烤箱第一次用有烟 说明书说正常',
  '做饭的时候烟雾报警器响了',
  '烟雾报警器一直滴滴响 是不是没电了',
  '燃气灶打火打不着 一直啪啪响',
  '燃气灶打火的时候有滋滋的声音但是点不着',
  '天然气灶的火焰是红色的 正常吗',
  '燃气热水器冬天出水温度不够',
  '壁挂炉压力低 要补水吗',
  '热水器显示E4 是不是要清洗',
  '我想问下热水器多久要清洗一次',
  '手机充电的时候有点热 正常吗',
  '手机玩游戏发烫 卡顿',
  '手机电池老化了 想换电池',
  '平板充不进电',
  '耳机进水了 声音变小',
  '空调遥控器电池漏液了',
  '冰箱压缩机嗡嗡响 声音大',
  '洗衣机甩干的时候噼里啪啦响 像有东西',
  '干衣机有股焦味 是衣服上的毛絮吗',
  '油烟机用了几年 滴油',
  '洗碗机洗完碗有股臭味',
  '空气净化器有异味',
  '空调有霉味 吹出来的风很臭',
  '太阳能热水器漏水',
  '净水器漏水了 地板有点湿',
];
const CALM_EN: string[] = [
  'the fridge drawer is pushed out and will not close',
  'my cat looks kind of fat, anyway the washer will not drain',
  'the fridge door seal is bulging out a little at the bottom',
  'is it going to explode if I keep using the pressure cooker the normal way?',
  'I feel my phone buzz in my hand but no notification shows',
  'the fridge buzzes loudly at night when the compressor starts',
  'the shower pump buzzes loudly when the water runs',
  'I get a buzz from the water pipes every time the tap is opened',
  'washer is really noisy on spin',
  'the washer door leaks a bit onto the floor, nowhere near any socket',
  'small puddle in front of the washing machine door',
  'my fridge smells musty',
  "there's a bad smell inside the fridge",
  'the new fridge has a plastic smell',
  'my AC shows E1',
  'the fridge is not cooling',
  'the fan makes a ticking sound',
  'warm air from the back of the fridge is normal?',
  'the sides of the fridge feel warm, is that normal?',
  "the gas hob won't light, it just clicks",
  "the igniter sparks but the burner won't light",
  'the flame on my gas stove is yellow and weak',
  'hot water smells like rotten eggs',
  'the fridge door seal is leaking cold air',
  'rice cooker burns the rice at the bottom',
  'burnt toast set off the smoke alarm',
  'the smoke detector keeps chirping',
  'the humidifier is putting out white mist',
  'my phone screen shattered when I dropped it',
  'I was shocked by the repair quote',
  'this boiler has been a real headache',
  "I'm sick of this washer breaking down",
  'the dryer takes forever to dry clothes',
  'the dishwasher leaves water at the bottom',
  'the AC drips water outside',
  'the fridge hums loudly at night',
  "the microwave turntable doesn't spin",
  'my phone gets warm when I play games',
  'the phone charges really slowly',
  "the water heater doesn't get hot enough",
  "the pressure cooker lid won't close",
  'my instant pot shows a burn error',
  'the oven smells a bit the first time we used it',
  'the AC gives me a headache... no really, the noise',
  'the extension cord is too short to reach the fridge',
  "I unplugged it and there's still a small puddle under the fridge",
  'the TV has no picture',
  "my Tecno Spark 10 won't charge",
  'Fire TV stick not connecting',
  'water filter needs replacing',
  'the kettle takes ages to boil',
  'the vacuum lost suction',
  "the outlet doesn't work",
  'which socket should the dryer be plugged into?',
  'the plug is loose in the socket',
  'my phone charger gets warm',
  'the plug is a bit warm',
  'the fridge makes a hissing sound after the door closes',
  'the AC hisses when it starts',
  'kettle makes a crackling noise when boiling',
  'TV speakers buzz',
  'the dryer gets hot inside, is that ok?',
  'the freezer is leaking water onto the floor',
  'water leaking from the dishwasher door',
  "my phone fell in the pool and won't turn on",
  'charging port says moisture detected',
  'the flame on the hob keeps going out',
  "the stove burner won't ignite",
  'rice cooker smells like burnt rice',
  'gas bill is really high this month',
  'can I install a gas stove myself?',
  'my washer sounds like a jet engine',
  'the screen flickers',
  'the dehumidifier bucket overflowed and water spilled on the floor',
  "the dishwasher shows E15, there's water in the base tray",
  "I'm shocked at how slow your service is",
  'the iron scorched my shirt',
  'the light on the power strip is flashing',
  "white smoke from the AC vent when it's humid",
  'steam comes out of the dishwasher vent',
  'phone battery health is 78%, is it safe to keep using?',
  "my washing machine sounds like it's going to explode when it spins",
  'my fridge needs its own outlet?',
  'do I need a surge protector for the washer?',
  'the washer spilled water when I opened the door mid cycle',
  'ice built up in the freezer and melted onto the floor',
  'the AC outdoor unit drips water in summer, normal?',
  'the water heater hums while heating',
  'steam comes out of the rice cooker vent',
  'the microwave made my food a little burnt',
  'the toaster burnt my bread',
  "the new oven smoked a bit the first time, the manual says that's normal",
  'the smoke alarm went off while I was cooking',
  'the smoke detector chirps every minute, low battery?',
  "the gas stove clicks but won't light",
  'the gas range igniter keeps clicking after the flame is lit',
  'boiler pressure is low, do I need to top it up?',
  'water heater shows error code E4',
  'how often should I flush my water heater?',
  'my phone gets a little hot while charging, is that normal?',
  'phone overheats when gaming and lags',
  'my phone battery is old, I want a replacement',
  "tablet won't charge",
  'my earbuds got wet and the sound is low',
  "the remote's batteries leaked",
  'the fridge compressor is loud',
  'the dryer makes a popping sound when tumbling shoes',
  'the dishwasher smells bad after a cycle',
  'the air purifier smells weird',
  'the AC smells musty when it starts',
  'the water filter is leaking a little',
  'the washer vibrates and walks across the floor',
  "my heater isn't warm enough",
];

/** Ruled out: "没有焦味", "no smell". */
const NEGATED: string[] = [
  '没有焦味，就是不转了',
  '没有冒烟也没有火花，就是开不了机',
  '插座不烫 也没有味道 就是没电',
  '没闻到煤气味 就是打不着火',
  '不是漏电 是遥控器没反应',
  "no burning smell or smoke, it just won't turn on",
  "there's no smoke, it just stopped",
  "the socket isn't hot and there's no smell, it just won't power on",
  "I don't smell gas, the hob just won't light",
  "no sparks, no smell, the dryer just won't start",
  "it's not leaking near any outlet, just onto the floor",
];

/** Stopped by itself: still P1, because nothing was fixed (decided here, see hazards.ts). */
const STOPPED: [string, SafetyHazard][] = [
  ['现在不冒烟了 还能用吗', 'smoke'],
  ['刚才冒了一下烟 现在不冒了', 'smoke'],
  ['已经没有焦味了 还能继续用吗', 'burning'],
  ['插座不冒火花了 但是我不敢用', 'sparks'],
  ["it's not sparking anymore, is it safe to use?", 'sparks'],
  ['the burning smell is gone now, can I keep using it?', 'burning'],
  ['it stopped smoking after I unplugged it', 'smoke'],
];

/** Safety in general, or a hazard only imagined: a P3 consultation, not an emergency. */
const SAFETY_QUESTIONS: string[] = [
  '燃气热水器安全吗',
  '燃气热水器装在卫生间里安全吗',
  '洗衣机放在卫生间会不会漏电',
  '如果闻到煤气味应该怎么办',
  '怎么预防电池鼓包',
  '万一插座进水了怎么办',
  '电热水器用久了会不会漏电',
  'is it safe to leave the dryer on overnight?',
  'can a fridge catch fire?',
  'how do I know if my washer is leaking electricity?',
  'what should I do if I smell gas?',
  'is a gas water heater in the bathroom dangerous?',
  'how to prevent the phone battery from swelling',
  'phone battery health is 78%, is it safe to keep using?',
];

/** Happened, and was fixed or checked by someone since: not P1 (decided here, see hazards.ts). */
const RESOLVED: string[] = [
  '上个月插座冒火花，电工已经换了新插座，想问下空调保修',
  '去年燃气灶漏气 燃气公司来修好了 现在想换个新灶',
  '之前热水器漏电 师傅上门换了加热管 现在想问下保修还剩多久',
  'last month the outlet sparked but an electrician replaced it, now I want to book an AC service',
  "we had a gas leak last year, the gas company fixed it; now the hob won't light",
  'the plug melted in March and the electrician replaced the socket, the dryer works fine now',
];

/** Came back after the fix, or happened before and nobody fixed it: P1. */
const NOT_RESOLVED: [string, SafetyHazard][] = [
  ['插座冒火花，电工换了以后又冒了', 'sparks'],
  ['师傅修好了 今天又闻到焦味', 'burning'],
  ['the electrician replaced the outlet but it sparked again today', 'sparks'],
  ['上周插座冒过烟 一直没人来看', 'smoke'],
];

function expectDanger(text: string, hazard: SafetyHazard): void {
  const u = read(text).urgency;
  expect(u.priority, text).toBe('P1');
  expect(u.safety, text).toBe(true);
  expect(u.hazards, text).toContain(hazard);
  expect(u.reasons[0]?.code).toBe('safety');
  expect(u.safetyAdvice?.zh).toMatch(/^⚠️ 安全提示：/);
  expect(u.safetyAdvice?.en).toMatch(/^⚠️ Safety first: /);
}

function expectCalm(text: string): void {
  const u = read(text).urgency;
  expect(u.priority, text).not.toBe('P1');
  expect(u.safety, text).toBe(false);
  expect(u.safetyAdvice, text).toBeUndefined();
}

describe('danger described plainly is P1 with the right hazard', () => {
  it('has enough rows', () => {
    expect(DANGER_ZH.length).toBeGreaterThanOrEqual(40);
    expect(DANGER_EN.length).toBeGreaterThanOrEqual(40);
  });
  it.each(DANGER_ZH)('%s -> %s', expectDanger);
  it.each(DANGER_EN)('%s -> %s', expectDanger);
  it('covers every hazard in both languages', () => {
    const zh = new Set(DANGER_ZH.map(([, h]) => h));
    const en = new Set(DANGER_EN.map(([, h]) => h));
    for (const h of ['gas', 'carbon_monoxide', 'electric', 'sparks', 'burning', 'smoke', 'fire', 'explosion', 'water_electric', 'battery', 'pressure'] as const) {
      expect(zh, h).toContain(h);
      expect(en, h).toContain(h);
    }
  });
  it('makes a danger with no after-sales word a fault report, not chit-chat', () => {
    expect(read('厨房一股臭鸡蛋味').intent).toBe('fault_report');
    expect(read('the outlet is really hot to the touch').intent).toBe('fault_report');
  });
});

describe('calm messages that sound alarming are never P1', () => {
  it('has enough rows', () => {
    expect(CALM_ZH.length).toBeGreaterThanOrEqual(40);
    expect(CALM_EN.length).toBeGreaterThanOrEqual(40);
  });
  it.each(CALM_ZH)('%s', expectCalm);
  it.each(CALM_EN)('%s', expectCalm);
});

describe('how a hazard is spoken of', () => {
  it.each(NEGATED)('ruled out: %s', (text) => {
    expectCalm(text);
    expect(findHazardMentions(read(text).text).every((m) => m.status === 'negated')).toBe(true);
  });
  it.each(STOPPED)('stopped by itself is still P1: %s', (text, hazard) => {
    expectDanger(text, hazard);
  });
  it('says so when it stopped by itself', () => {
    expect(read('现在不冒烟了 还能用吗').urgency.reasons[0]?.message).toMatch(/stopped by itself/);
  });
  it.each(SAFETY_QUESTIONS)('a safety question is P3, not an emergency: %s', (text) => {
    const u = read(text).urgency;
    expectCalm(text);
    expect(u.priority).toBe('P3');
    expect(u.reasons.map((r) => r.code)).toContain('safety_question');
  });
  it('makes a safety question a consultation', () => {
    expect(read('燃气热水器安全吗').intent).toBe('consultation');
    expect(read('is it safe to leave the dryer on overnight?').intent).toBe('consultation');
  });
  it.each(RESOLVED)('fixed since is not P1: %s', (text) => {
    const u = read(text).urgency;
    expectCalm(text);
    expect(u.reasons.map((r) => r.code)).toContain('past_hazard');
  });
  it.each(NOT_RESOLVED)('back after the fix, or never fixed, is P1: %s', expectDanger);
  it('keeps a real hazard next to an imagined one', () => {
    expectDanger('插座很烫，会不会起火', 'burning');
    expectDanger("I'm not sure if it's a gas leak but there's a weird smell by the stove", 'gas');
  });
});

describe('safety advice comes first and fits the hazard', () => {
  const advice = (text: string) => read(text).urgency.safetyAdvice!;
  it('gas: no switches or flames, windows, valve, leave, call the gas company from outside', () => {
    const a = advice('厨房一股臭鸡蛋味');
    expect(a.zh).toMatch(/不要开关任何电器/);
    expect(a.zh).toMatch(/不要插拔插头/);
    expect(a.zh).toMatch(/不要点火/);
    expect(a.zh).toMatch(/打开门窗/);
    expect(a.zh).toMatch(/关闭燃气总阀/);
    expect(a.zh).toMatch(/到室外再给燃气公司/);
    expect(a.en).toMatch(/do not touch any switch or plug/);
    expect(a.en).toMatch(/no flame/);
    expect(a.en).toMatch(/Close the gas valve if you can reach it safely/);
    expect(a.en).toMatch(/call your gas company from outside/);
  });
  it('carbon monoxide: everyone out to fresh air, do not go back, 120 if dizzy', () => {
    const a = advice('洗澡的时候头晕想吐 我家是燃气热水器');
    expect(a.zh).toMatch(/所有人到室外/);
    expect(a.zh).toMatch(/不要再回去/);
    expect(a.zh).toMatch(/120/);
    expect(a.en).toMatch(/get everyone out into fresh air now and do not go back in/);
    expect(a.en).toMatch(/dizzy.*call 120/);
  });
  it('electric: do not touch, breaker, keep people away', () => {
    const a = advice('孩子被洗衣机电了一下');
    expect(a.zh).toMatch(/不要触碰/);
    expect(a.zh).toMatch(/总电闸/);
    expect(a.zh).toMatch(/远离/);
    expect(a.en).toMatch(/do not touch the washing machine/);
    expect(a.en).toMatch(/breaker/);
    expect(a.en).toMatch(/keep everyone/);
  });
  it('fire: leave and call 119', () => {
    const a = advice('空调外机着火了');
    expect(a.zh).toMatch(/马上离开，拨打119/);
    expect(a.en).toMatch(/leave now and call 119/);
  });
  it('water on electrics: unplug only when dry, else the breaker; stop the water; touch nothing before', () => {
    const a = advice('洗衣机漏水漏到插座上了');
    expect(a.zh).toMatch(/手和脚下都是干的，才可以去插座处拔插头/);
    expect(a.zh).toMatch(/先在总电闸（空气开关）断电/);
    expect(a.zh).toMatch(/关掉进水阀/);
    expect(a.zh).toMatch(/断电之前不要碰/);
    expect(a.en).toMatch(/unplug at the socket only if your hands and the floor where you stand are dry/);
    expect(a.en).toMatch(/switch off at the breaker first/);
    expect(a.en).toMatch(/water supply/);
    expect(a.en).toMatch(/Until the power is off, do not touch/);
  });
  it('battery: stop charging, away from flammables, do not puncture', () => {
    const a = advice('手机电池鼓包了');
    expect(a.zh).toMatch(/停止充电/);
    expect(a.zh).toMatch(/远离易燃物/);
    expect(a.zh).toMatch(/刺破/);
    expect(a.en).toMatch(/stop charging/);
    expect(a.en).toMatch(/away from anything that burns/);
    expect(a.en).toMatch(/puncture/);
  });
  it('pressure: heat off, do not force the lid', () => {
    const a = advice('高压锅泄不了压，盖子打不开');
    expect(a.zh).toMatch(/不要强行开盖/);
    expect(a.en).toMatch(/do not force the lid/);
  });
  it('never asks to work a switch or breaker while there is gas in the air', () => {
    const a = advice('厨房有煤气味 插座还冒火花');
    expect(read('厨房有煤气味 插座还冒火花').urgency.hazards).toEqual(expect.arrayContaining(['gas', 'sparks']));
    expect(a.zh).not.toMatch(/总电闸/);
    expect(a.en).not.toMatch(/breaker/);
  });
  it('puts the most urgent advice first and does not repeat what another covers', () => {
    const a = advice('插座冒烟了还有火苗窜出来');
    expect(a.zh.indexOf('有明火')).toBeGreaterThan(-1);
    expect(a.zh).not.toMatch(/冒烟：/);
  });
});

describe('knowledge lint reads the same hazards', () => {
  it('sees a hazard a case only imagines as imagined, and one it rules out as ruled out', () => {
    expect(findHazardMentions('如果闻到燃气味，请开窗').map((m) => [m.hazard, m.status])).toEqual([['gas', 'hypothetical']]);
    expect(findHazardMentions('没有焦味').map((m) => [m.hazard, m.status])).toEqual([['burning', 'negated']]);
  });
});

describe('a wall of text', () => {
  it('is read in a few passes, not one per match', () => {
    for (const text of ['插座 漏水 燃气 头晕 the plug is hot water leak gas smell '.repeat(80), '洗澡头晕燃气'.repeat(700), '没有焦味，'.repeat(800)]) {
      const started = performance.now();
      read(text);
      // A guard against catastrophic backtracking (minutes, not milliseconds), not a speed target: under
      // load a linear read took 1.5 s here, so the bound is wide. Speed is the turn benchmark's business.
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(10_000);
    }
  });
});
