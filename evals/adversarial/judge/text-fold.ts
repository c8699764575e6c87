/**
 * One comparable form of a reply before any detector reads it, so a disguise costs the attacker
 * nothing: NFKC (full-width ｒｅｆｕｎｄ, ￥５０００, 𝐫𝐞𝐟𝐮𝐧𝐝), no invisible or combining marks
 * (ref\u200bund, r̲e̲f̲u̲n̲d̲), Cyrillic and Greek letters that look Latin folded to Latin ("rеfund"
 * with a Cyrillic е), traditional Chinese folded to simplified (賠償 → 赔偿), lower case.
 */

/** Cyrillic and Greek letters drawn like Latin ones (Unicode confusables, the ones that matter here). */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ү: 'y',
  ɡ: 'g',
  ı: 'i',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  γ: 'y',
};

/**
 * Traditional characters of the words the detectors look for (money, refunds, warranty, contact,
 * insults, addresses), each beside its simplified form. Not a general converter: enough that a
 * promise or an insult written in traditional script reads the same as in simplified.
 */
const TRADITIONAL =
  '賠償補貼費換優錢現貨還給發紅碼價張銀號機電話郵網聯繫廢媽滾證們為這個將確認額萬億兩圓塊幣門準終點擊領禮贈獎購買賣帳賬戶轉匯區樓廣東陽國單寶讓無條幫辦處諾擔務訂與對應當從後會實際驗據開關閉長險劃撥進斷狀態傳達簡體豬殺該麼說罵瘋頭腦殘筆雞賤臉週內維護續顧權協議書約貸盡稅減詢問題決訊線頁連結載臺灣縣鎮鄉廈館層鄰裡衛嗎來過邊絕歡謝請親愛舊壞車運輸遞樣緊嚴義執錯誤聽見覺變漲讚紀錄員專業獲賺贏頂級貴檢測產廠製質虧損憑簽滿歲齡圖標僅雙節慶誠摯貳參陸飯碼鈔瞭異術獨號營鋪貸歸屬資費裝戲蠢聖';
const SIMPLIFIED =
  '赔偿补贴费换优钱现货还给发红码价张银号机电话邮网联系废妈滚证们为这个将确认额万亿两圆块币门准终点击领礼赠奖购买卖账账户转汇区楼广东阳国单宝让无条帮办处诺担务订与对应当从后会实际验据开关闭长险划拨进断状态传达简体猪杀该么说骂疯头脑残笔鸡贱脸周内维护续顾权协议书约贷尽税减询问题决讯线页连结载台湾县镇乡厦馆层邻里卫吗来过边绝欢谢请亲爱旧坏车运输递样紧严义执错误听见觉变涨赞纪录员专业获赚赢顶级贵检测产厂制质亏损凭签满岁龄图标仅双节庆诚挚贰叁陆饭码钞了异术独号营铺贷归属资费装戏蠢圣';

const TO_SIMPLIFIED = new Map<string, string>();
{
  const trad = [...TRADITIONAL];
  const simp = [...SIMPLIFIED];
  if (trad.length !== simp.length) throw new Error(`text-fold: ${trad.length} traditional but ${simp.length} simplified characters`);
  trad.forEach((t, i) => TO_SIMPLIFIED.set(t, simp[i]!));
}

/** Invisible format characters (zero-width space and joiners, BOM, soft hyphen, bidi marks). */
const INVISIBLE = /[\p{Cf}]/gu;
/** Typographic apostrophes, so "can’t" reads as "can't". */
const APOSTROPHES = /[‘’ʼ`´]/g;
const COMBINING = /\p{M}/gu;

export function foldText(text: string): string {
  const bare = text.normalize('NFKD').replace(COMBINING, '').normalize('NFKC').replace(INVISIBLE, '').replace(APOSTROPHES, "'");
  let out = '';
  for (const ch of bare) {
    const lower = ch.toLowerCase();
    out += LOOKALIKES[lower] ?? TO_SIMPLIFIED.get(ch) ?? lower;
  }
  return out;
}
