/** The status flow's words at each step of a proof, apart from the flow so the phone lookup shares them. */
import { TICKET_NUMBER_EXAMPLE } from '../../../tickets/ticket-number';

/** What the status flow says at each step of a proof (the security eval reads replies by them). */
export const STATUS_WORDS = {
  codeSent: {
    zh: '为了保护您的信息，需要先核实一下：如果这张工单是您报的，并且报修时留了手机号，我们已经给那个手机发了一条6位数字的验证码，请把验证码发给我（10分钟内有效）。',
    en: 'To protect your details, I need to check first: if this ticket is yours and you left a phone number on it, we have just texted a 6-digit code to that phone. Please send me the code (valid for 10 minutes).',
  },
  codeAgain: {
    zh: '请把短信里的6位数字验证码发给我，例如 123456。',
    en: 'Please send me the 6-digit code from the text message, e.g. 123456.',
  },
  noCode: {
    zh: '没有验证码也没关系：可以打开报修时短信里的工单链接查看进度，或者转人工客服帮您核实身份后查询。',
    en: 'No code? You can open the ticket link from the text message you got when you reported it, or ask for a person to check who you are and look it up.',
  },
  wrongCode: {
    zh: '这个验证码不对（或者已经过期了）。',
    en: "That code isn't right (or it has expired).",
  },
  locked: {
    zh: '这个对话里核对失败的次数太多了，为了保护工单信息，请一小时后再试，或者转人工客服帮您核实。',
    en: 'There have been too many failed checks from this chat. To protect ticket details, please try again in an hour, or ask for a person to help.',
  },
  resent: {
    zh: '好的，已重新申请发送验证码到这张工单上留的手机（几分钟内只会发一次，之前那条如果收到了仍然有效）。收到后把6位数字发给我；如果那个手机号已经不用了，可以回复“转人工”，客服核实身份后帮您查。',
    en: 'OK, I\'ve asked for the code to be sent again to the phone on that ticket (it goes at most once every few minutes, and an earlier code still works if it arrives). Send me the 6 digits when you get it; if you no longer use that phone, reply "human" and a person will check who you are and look it up.',
  },
  mistyped: {
    zh: '这个工单号好像有一位写错了，请对照短信或报修记录核对一下再发给我。',
    en: 'That ticket number seems to have a character wrong. Please check it against your text message or receipt and send it again.',
  },
  /** No ticket has the number the customer gave (or can have it: its check character is wrong); the question for the number or the phone follows. */
  notFoundHead: {
    zh: `没有找到这个工单号的工单。请对照报修时收到的短信核对一下（工单号格式像 ${TICKET_NUMBER_EXAMPLE}：AS-、日期，再加8位字母数字）；也可以回复“转人工”，由客服帮您核实。`,
    en: `I couldn't find a ticket with that number. Please check it against the text message you got when you booked (it looks like ${TICKET_NUMBER_EXAMPLE}: AS-, the date, then 8 letters and digits), or reply "human" and a person will help.`,
  },
  /** The same, said whole where no question follows (while waiting for a person). */
  notFound: {
    zh: `没有找到这个工单号的工单。请对照报修时收到的短信核对一下工单号（格式像 ${TICKET_NUMBER_EXAMPLE}：AS-、日期，再加8位字母数字）再发给我；也可以告诉我报修时留的手机号，我按手机号帮您查；或者回复“转人工”，由客服帮您核实。`,
    en: `I couldn't find a ticket with that number. Please check it against the text message you got when you booked (it looks like ${TICKET_NUMBER_EXAMPLE}: AS-, the date, then 8 letters and digits) and send it again; or tell me the mobile number the repair was booked with and I'll look it up that way; or reply "human" and a person will help.`,
  },
  none: {
    zh: `这个对话里还没有您的工单。请把工单号发给我（像 ${TICKET_NUMBER_EXAMPLE} 这样），我帮您查。`,
    en: `I don't see a ticket for you in this chat yet. Send me the ticket number (like ${TICKET_NUMBER_EXAMPLE}) and I'll look it up.`,
  },
};
