/**
 * Looking a ticket up by phone proves the customer by a code texted to a mainland China mobile
 * ("tell me the 11-digit mobile number you gave, and I'll text a code to it"). We cannot text a
 * number abroad (tools/tickets-by-phone.ts refuses any other), so to a customer abroad that is a
 * promise we cannot keep and a demand their own number can never meet. For them the same step says
 * it honestly: a mainland mobile still gets its code; any other number goes to a person, who checks
 * who they are. The sentences are the flows' own (one wording per phrase table), replaced whole.
 */
import type { Bilingual } from './engine/commands';
import { LOOK_UP_BY_PHONE } from './engine/booking-not-found';
import { LOOKUP_WORDS } from './engine/flows/phone-lookup';
import type { Lang } from './phrases';

const PERSON: Bilingual = {
  zh: '我们只能往中国大陆的手机号发验证码；如果您报修时留的是国外或港澳台的号码，请回复“转人工”，客服核实您的身份后帮您查。',
  en: 'We can only text a code to a mainland China mobile; if you booked with a number from anywhere else, reply "human" and a person will check who you are and look it up.',
};

const ABROAD: [Bilingual, Bilingual][] = [
  [
    LOOKUP_WORDS.askNumberOrPhone,
    {
      zh: `这个对话里还没有您的工单。请把工单号发给我（以 AS- 开头的编号）；找不到的话，报修时留的是中国大陆手机号，就告诉我这个号码，我发验证码核实后帮您查。${PERSON.zh}`,
      en: `I don't see a ticket for you in this chat yet. Send me the ticket number (it starts with AS-); can't find it? If you booked with a mainland China mobile, tell me that number and I'll text a code to it. ${PERSON.en}`,
    },
  ],
  [
    LOOKUP_WORDS.askPhone,
    {
      zh: `报修时留的中国大陆手机号是多少？我发验证码核实后帮您查。${PERSON.zh}`,
      en: `Which mainland China mobile did you give when you booked? I'll text a code to it and look the ticket up. ${PERSON.en}`,
    },
  ],
  [
    LOOKUP_WORDS.askPhoneAgain,
    {
      zh: `报修时留的中国大陆手机号是哪个？有工单号的话直接发工单号也可以。${PERSON.zh}`,
      en: `Which mainland China mobile did you give when booking (or the ticket number, if you have it)? ${PERSON.en}`,
    },
  ],
  [
    LOOKUP_WORDS.notMobile,
    {
      zh: '这个号码收不到我们的验证码（我们只能往中国大陆的手机号发），所以我这边没法按它查。请回复“转人工”，客服核实您的身份后帮您查。',
      en: 'We can only text a code to a mainland China mobile, so I can\'t check that number myself. Reply "human" and a person will check who you are and look the ticket up.',
    },
  ],
  [
    LOOK_UP_BY_PHONE,
    {
      zh: `如果报修时留的是中国大陆手机号，把号码发给我，我发验证码核实后就能看到它到哪一步了。${PERSON.zh}`,
      en: `If you booked with a mainland China mobile, send me that number and I'll text a code to it, then I can see where it stands. ${PERSON.en}`,
    },
  ],
];

export function phoneCodesAbroad(text: string, lang: Lang): string {
  let out = text;
  for (const [said, abroad] of ABROAD) out = out.replaceAll(said[lang], abroad[lang]);
  return out;
}
