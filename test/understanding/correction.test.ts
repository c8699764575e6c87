/**
 * Corrections as customers make them at the confirmation step or mid-form: the slot, the new
 * value without its verb, and the words it came from. A bare value with no cue is not one.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../kernel/text/normal-form';

const normalizeText = (text: string) => normaliseText(text, { spokenDigits: true });
import { extractCorrection } from '../../bot/understanding/slots';

const read = (text: string) => extractCorrection(normalizeText(text));

describe('corrections with their new value', () => {
  it.each([
    ['地址改成广州市天河区棠下荟景苑8栋1502', 'address', '广州市天河区棠下荟景苑8栋1502'],
    ['地址不对，是深圳市南山区科技园腾讯大厦25楼', 'address', '深圳市南山区科技园腾讯大厦25楼'],
    ['地址改成广州市天河区棠下荟景苑8栋1502 麻烦快点 都等三天了', 'address', '广州市天河区棠下荟景苑8栋1502'],
    ["wrong address, it's 88 Zhongshan Road, Xuhui District. Your engineer went to the old one!", 'address', '88 Zhongshan Road, Xuhui District'],
    ['地址错了 应该是杭州市西湖区文三路478号', 'address', '杭州市西湖区文三路478号'],
    ['把地址换成 上海 徐汇区 宜山路 700弄 12号 601室', 'address', '上海 徐汇区 宜山路 700弄 12号 601室'],
    ['改一下地址：北京市朝阳区建国路88号3号楼2单元1502室', 'address', '北京市朝阳区建国路88号3号楼2单元1502室'],
    ['地址写错了是8栋不是9栋', 'address', '8栋'],
    ['门牌号不对 是1502', 'address', undefined],
    ['电话不对 是18867543201 最后俩数反了', 'phone', '18867543201'],
    ['手机号错了，应该是139 2233 4455', 'phone', '13922334455'],
    ['电话号码改成13812345678', 'phone', '13812345678'],
    ['换个手机号 186-0211-3344', 'phone', '18602113344'],
    ['号码打错了 是一三八一二三四五六七八', 'phone', '13812345678'],
    ['联系电话更正为020-12345678', 'phone', '020-12345678'],
    ['型号写错了 是KFR-35GW/(35592)FNhAa-B1', 'model', 'KFR-35GW/(35592)FNhAa-B1'],
    ['型号不对，应该是BCD-470WDPG', 'model', 'BCD-470WDPG'],
    ['机型改为XQB80-Z3569', 'model', 'XQB80-Z3569'],
    ['买的时间说错了，是去年5月', 'purchaseDate', '去年5月'],
    ['购买日期不对 应该是2024年7月', 'purchaseDate', '2024年7月'],
    ['名字写错了，是王芳', 'name', '王芳'],
    ['联系人改成张伟', 'name', '张伟'],
    ['上门时间改成周六上午', 'visitTime', '周六上午'],
    ['品牌说错了，是美的', 'brand', 'Midea'],
    ['刚才说错了，是13922334455', 'phone', '13922334455'],
    ['不好意思 打错了 应该是13500001111', 'phone', '13500001111'],
    ['更正：广州市番禺区市桥街道东环路12号3栋502', 'address', '广州市番禺区市桥街道东环路12号3栋502'],
    ['不是13812345678，是13812345687', 'phone', '13812345687'],
    ['不是空调，是洗衣机', 'category', 'washing_machine'],
    ["no, it's Tower 3", 'address', 'Tower 3'],
    ['sorry the number is 139 2233 4455', 'phone', '13922334455'],
    ["wrong address, it's Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai", 'address', 'Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai'],
    ['change my address to Flat 12B, Tower 3, Jinqiao Garden, 588 Biyun Road, Pudong', 'address', 'Flat 12B, Tower 3, Jinqiao Garden, 588 Biyun Road, Pudong'],
    ['update my phone number to +86 186 0021 3344', 'phone', '18600213344'],
    ['the model is wrong, it should be WW90T534DAW/S1', 'model', 'WW90T534DAW/S1'],
    ["actually it's 13811112222", 'phone', '13811112222'],
    ['I meant RF28R7351SR', 'model', 'RF28R7351SR'],
    ['oops, the model number is rf28r7351sr', 'model', 'rf28r7351sr'],
    ['Correction: bought it in March 2024', 'purchaseDate', 'March 2024'],
    ['不对 是去年买的', 'purchaseDate', '去年'],
    ['不是去年，是前年买的', 'purchaseDate', '前年'],
    ['不对啊，我说的是冰箱不是空调', 'category', 'refrigerator'],
    ['不是，是洗碗机漏水', 'category', 'dishwasher'],
    ["no, it's the Samsung one", 'brand', 'Samsung'],
    ['刚才说错了，是美的的', 'brand', 'Midea'],
    ['wrong number, use 13700001111 instead', 'phone', '13700001111'],
    ['no, Building 5 not 6', 'address', 'Building 5'],
    ['My name is wrong, it is Li Lei', 'name', 'Li Lei'],
    ["Sorry, wrong number. It's 139 0000 1111", 'phone', '13900001111'],
    ['Actually, make that Tower 5', 'address', 'Tower 5'],
    ['the phone number should be 13512345678', 'phone', '13512345678'],
    ['电话应该是13512345678', 'phone', '13512345678'],
    ['型号其实是BCD-216STPT', 'model', 'BCD-216STPT'],
    ["not 13812345678, it's 13812345679", 'phone', '13812345679'],
  ])('%s -> %s %s', (text, slot, value) => {
    const c = read(text);
    expect(c).toMatchObject({ slot, ...(value === undefined ? {} : { value }) });
    if (value === undefined) expect(c?.value).toBeUndefined();
    expect(c!.from.length).toBeGreaterThan(0);
    expect(normalizeText(text)).toContain(c!.from);
  });
});

describe('a cue without a value asks for it', () => {
  it.each([
    ['地址不对', 'address'],
    ['电话错了', 'phone'],
    ['型号写错了', 'model'],
    ['wrong number', 'phone'],
    ['我想改地址', 'address'],
    ['I need to update my phone number, the old one is gone', 'phone'],
    ['the address is wrong', 'address'],
    ['你们把地址写错了', 'address'],
  ])('%s -> %s, no value', (text, slot) => {
    const c = read(text);
    expect(c?.slot).toBe(slot);
    expect(c?.value).toBeUndefined();
  });
});

describe('not corrections', () => {
  it.each([
    ['地址是广州市天河区棠下荟景苑8栋1502'],
    ['13812345678'],
    ['my number is 13812345678'],
    ['型号KFR-35GW'],
    ['不对，空调还是不制冷'],
    ['你们搞错了吧'],
    ['no thanks'],
    ['no'],
    ['wrong'],
    ['No, it is still not working'],
    ['I called the wrong number twice and nobody answered me at all today'],
    ['师傅说错了时间，害我等了一下午，到现在也没有人来，你们怎么回事'],
    ['不是这个问题'],
    ['sorry to bother you, the fridge is leaking'],
    ['不好意思，我想问一下保修多久'],
    ['Sorry for the late reply, my number is 13812345678'],
    ['不好意思，我手机号是13812345678'],
    ['no, it stopped working last month'],
    ['no, the fridge is still warm'],
    ['这个时间不行，改到周六吧'],
    ['电话打不通'],
    ['地址没错'],
    ['yes that is correct'],
  ])('%s', (text) => expect(read(text)).toBeUndefined());
});
