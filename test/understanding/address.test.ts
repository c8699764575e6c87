/**
 * Addresses as customers write them: whole, without the verb or filler in front, never the
 * complaint around them. Chinese with and without spaces and commas, villages, office towers,
 * English expatriate addresses in China, and an address in one line with a phone.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../kernel/text/normal-form';

const normalizeText = (text: string) => normaliseText(text, { spokenDigits: true });
import { extractAddress, extractAddressAnswer } from '../../bot/understanding/slots';

const read = (text: string) => extractAddress(normalizeText(text));

describe('Chinese addresses', () => {
  it.each([
    ['地址是北京市朝阳区建国路88号3号楼2单元1502室，麻烦尽快上门', '北京市朝阳区建国路88号3号楼2单元1502室'],
    ['地址改成广州市天河区棠下荟景苑8栋1502', '广州市天河区棠下荟景苑8栋1502'],
    ['139 2233 4455 广州天河区棠下荟景苑8栋1502', '广州天河区棠下荟景苑8栋1502'],
    ['广州天河区棠下荟景苑8栋1502 13922334455', '广州天河区棠下荟景苑8栋1502'],
    ['广东省 广州市 天河区 棠下 荟景苑 8栋 1502', '广东省 广州市 天河区 棠下 荟景苑 8栋 1502'],
    ['广东省广州市，天河区，棠下荟景苑8栋1502，电话13922334455', '广东省广州市,天河区,棠下荟景苑8栋1502'],
    ['我家住在上海市浦东新区张江镇碧云花园12栋', '上海市浦东新区张江镇碧云花园12栋'],
    ['送到杭州市西湖区文三路478号', '杭州市西湖区文三路478号'],
    ['河南省周口市郸城县张庄乡李楼村三组', '河南省周口市郸城县张庄乡李楼村三组'],
    ['湖南省长沙县黄兴镇蓝田村5组12号 姓王', '湖南省长沙县黄兴镇蓝田村5组12号'],
    ['深圳市南山区科技园腾讯大厦25楼', '深圳市南山区科技园腾讯大厦25楼'],
    ['公司地址：上海市徐汇区漕河泾开发区宜山路900号科技大楼A座1203', '上海市徐汇区漕河泾开发区宜山路900号科技大楼A座1203'],
    ['住址成都市武侯区天府大道北段1700号环球中心E1区3栋2单元1701', '成都市武侯区天府大道北段1700号环球中心E1区3栋2单元1701'],
    ['家住重庆市渝北区龙溪街道金港新区3栋8-2', '重庆市渝北区龙溪街道金港新区3栋8-2'],
    // Estate names with Latin letters and no suffix still sit between the street and the building.
    ['地址西安市雁塔区 科技路 万科Mix广场 2栋1801', '西安市雁塔区 科技路 万科Mix广场 2栋1801'],
    ['武汉市洪山区 珞喻路 保利time 5栋3单元902 电话13912345678', '武汉市洪山区 珞喻路 保利time 5栋3单元902'],
    ['杭州市滨江区 江南大道 龙湖天街Loft 3幢1205', '杭州市滨江区 江南大道 龙湖天街Loft 3幢1205'],
    ['北京市海淀区中关村大街27号中关村大厦10层1001', '北京市海淀区中关村大街27号中关村大厦10层1001'],
    ['就送到苏州工业园区星湖街328号吧', '苏州工业园区星湖街328号'],
    ['上海 徐汇区 宜山路 700弄 12号 601室', '上海 徐汇区 宜山路 700弄 12号 601室'],
    ['南京市鼓楼区中山北路200号', '南京市鼓楼区中山北路200号'],
    ['西安市雁塔区小寨东路126号百隆广场写字楼B座1508', '西安市雁塔区小寨东路126号百隆广场写字楼B座1508'],
    ['浙江省杭州市余杭区五常街道西溪八方城3幢1单元702', '浙江省杭州市余杭区五常街道西溪八方城3幢1单元702'],
    ['麻烦师傅来一下 北京朝阳区望京西园三区312号楼1单元1002 电话13800138000', '北京朝阳区望京西园三区312号楼1单元1002'],
    ['我住在天河区棠下村东二巷5号', '天河区棠下村东二巷5号'],
    ['山东省临沂市兰山区金雀山路与沂蒙路交汇处美丽城小区2号楼', '山东省临沂市兰山区金雀山路与沂蒙路交汇处美丽城小区2号楼'],
    ['地址是北京市朝阳区建国路88号 你们到底什么时候来修 已经等了三天了', '北京市朝阳区建国路88号'],
    ['新地址：佛山市顺德区北滘镇美的大道6号', '佛山市顺德区北滘镇美的大道6号'],
    ['寄到武汉市洪山区珞喻路1037号', '武汉市洪山区珞喻路1037号'],
    ['幸福小区5栋3单元', '幸福小区5栋3单元'],
    ['我搬家了，现在住东莞南城区元美路22号黄金花园A栋2003', '东莞南城区元美路22号黄金花园A栋2003'],
    ['师傅上门地址:厦门市思明区莲前西路二号莲富大厦', '厦门市思明区莲前西路二号莲富大厦'],
    ['上门到昆明市五华区人民中路15号3单元501室谢谢', '昆明市五华区人民中路15号3单元501室'],
    ['郑州市金水区花园路与农业路交叉口东北角国贸中心A座2216', '郑州市金水区花园路与农业路交叉口东北角国贸中心A座2216'],
    ['我在银河北路88号', '银河北路88号'],
    ['地址 天河区 体育西路 191号 中石化大厦B塔 2501', '天河区 体育西路 191号 中石化大厦B塔 2501'],
    ['海淀区学院路30号北京科技大学家属院5号楼401', '海淀区学院路30号北京科技大学家属院5号楼401'],
    ['我家是 江苏省苏州市吴中区 木渎镇 金山路 18号 天平花苑 11幢 302室', '江苏省苏州市吴中区 木渎镇 金山路 18号 天平花苑 11幢 302室'],
    ['住在 上海浦东 张江 汤臣豪园 二期 21号 1201', '上海浦东 张江 汤臣豪园 二期 21号 1201'],
    ['贵州省毕节市七星关区 碧海街道 麻园社区 3组', '贵州省毕节市七星关区 碧海街道 麻园社区 3组'],
    ['收件人：李娜 电话：13800138000 地址：浙江省杭州市滨江区长河街道江南大道1000号', '浙江省杭州市滨江区长河街道江南大道1000号'],
    ['地址是天河区棠下荟景苑八栋一五零二', '天河区棠下荟景苑八栋一五零二'],
    ['我住在三号楼二单元一零一，空调坏了', '三号楼二单元一零一'],
  ])('%s -> %s', (text, address) => expect(read(text)).toBe(address));
});

describe('English addresses in China and abroad', () => {
  it.each([
    ['Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai', 'Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai'],
    ['My address is Flat 12B, Tower 3, Jinqiao Garden, 588 Biyun Road, Pudong, Shanghai 201206', 'Flat 12B, Tower 3, Jinqiao Garden, 588 Biyun Road, Pudong, Shanghai 201206'],
    ['my address is unit 1203 block B no. 88 jianguo road chaoyang district beijing', 'unit 1203 block B no. 88 jianguo road chaoyang district beijing'],
    ['Apt 1602, No. 1 Gongti North Road, Chaoyang District, Beijing 100027, China', 'Apt 1602, No. 1 Gongti North Road, Chaoyang District, Beijing 100027, China'],
    ['send the engineer to 18F, Tower 2, Kerry Plaza, Futian District, Shenzhen', '18F, Tower 2, Kerry Plaza, Futian District, Shenzhen'],
    ['Lane 1234, Huaihai Middle Road, Room 301', 'Lane 1234, Huaihai Middle Road, Room 301'],
    ['I live at 221B Baker Street, Apt 2, London', '221B Baker Street, Apt 2, London'],
    ['House 12, Lane 88, Xinhua Road, Changning District', 'House 12, Lane 88, Xinhua Road, Changning District'],
    ['Villa 23, Shanghai Links Executive Community, 1600 Lingbai Road, Pudong', 'Villa 23, Shanghai Links Executive Community, 1600 Lingbai Road, Pudong'],
    ['Unit 5, 3/F, 100 Fenglin Road, Xuhui', 'Unit 5, 3/F, 100 Fenglin Road, Xuhui'],
    ['The address: Room 1101, Building B, Vanke City Garden, Minhang District, Shanghai', 'Room 1101, Building B, Vanke City Garden, Minhang District, Shanghai'],
    ['please come to 1702, Tower A, Jingan Kerry Centre, 1539 Nanjing West Road', '1702, Tower A, Jingan Kerry Centre, 1539 Nanjing West Road'],
    ['Room 502, Building 7, 88 Zhongshan Road. Your engineer never came!', 'Room 502, Building 7, 88 Zhongshan Road'],
    ['i live at 88 zhongshan road xuhui district', '88 zhongshan road xuhui district'],
    ['Rm 2304, Block 5, Tianhe North Road No. 233, Guangzhou', 'Rm 2304, Block 5, Tianhe North Road No. 233, Guangzhou'],
    ['deliver to 66 Nanjing West Road, Jingan, Shanghai please', '66 Nanjing West Road, Jingan, Shanghai'],
    ['No.8, Lane 100, Yuyuan Road, Changning District', 'No.8, Lane 100, Yuyuan Road, Changning District'],
    ['Apartment 3B, 21 Xinyuan South Road, Chaoyang', 'Apartment 3B, 21 Xinyuan South Road, Chaoyang'],
    ['address: 12F, No. 500 Zhangyang Rd, Pudong New Area, Shanghai', '12F, No. 500 Zhangyang Rd, Pudong New Area, Shanghai'],
    ['call 139 2233 4455, Room 1203, Tower B, Central Park, 6 Chaoyangmen North Street, Dongcheng District', 'Room 1203, Tower B, Central Park, 6 Chaoyangmen North Street, Dongcheng District'],
  ])('%s -> %s', (text, address) => expect(read(text)).toBe(address));
});

describe('not addresses', () => {
  it.each([
    ['空调坏了三次了你们什么时候来'],
    ['你们的师傅到了我们小区门口又走了'],
    ['3月15号买的'],
    ['15号上门可以吗'],
    ['我住天河区，空调坏了'],
    ['我在杭州西湖区'],
    ['师傅在路上了吗'],
    ['售后网点在哪里'],
    ['电路板坏了'],
    ['冰箱冷藏区3层结冰了'],
    ['超市买的2台'],
    ['型号KFR-35GW/NhGd1B'],
    ['订单号202607150012345'],
    ['明天下午3点到'],
    ['我家空调在客厅2楼'],
    ['still not working'],
    ['the white one'],
    ['I called 3 times this week'],
    ['by the way it leaks'],
    ['the service center on Nanjing Road was closed'],
    ['my phone number is 13812345678'],
    ['Order No. 12345'],
    ['Building 7'],
    ['it broke on the 3rd floor'],
    ['I live in Shanghai'],
    ['这个阶段一段时间都不制冷'],
    ['幼儿园2楼的空调'],
    ['请问你们的维修点在天河区哪里'],
    ['我上周在国美天河店买的'],
    ['苏宁易购 南京新街口店'],
    ['我在大学3年了'],
    ['荟景苑'],
    ['Nanjing East Road, Shanghai'],
  ])('%s', (text) => expect(read(text)).toBeUndefined());
});

describe('a reply to "what is your address?" may give part of one', () => {
  it.each([
    ['天河区棠下', '天河区棠下'],
    ['8栋', '8栋'],
    ['Tower 3', 'Tower 3'],
    ['荟景苑 谢谢', '荟景苑'],
    ['在上海', '上海'],
    ['Room 1203', 'Room 1203'],
    ['广州天河区棠下荟景苑8栋1502', '广州天河区棠下荟景苑8栋1502'],
    ['still not working', undefined],
    ['不知道', undefined],
    ['你们师傅怎么还没到小区', undefined],
    ['13812345678', undefined],
    ['明天下午吧', undefined],
  ])('%s -> %s', (text, address) => expect(extractAddressAnswer(normalizeText(text))).toBe(address));
});
