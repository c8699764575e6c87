/**
 * A question about what happens once the product is repaired ("修好以后是寄回来还是我去拿",
 * "when it's fixed, do you post it back?"): "修好了" / "fixed" inside it looks ahead, it does not
 * report that the self-help worked, so it must not be read as "it's fixed now".
 */

const ZH = /(?:修好|修完|弄好|维修好)(?:了)?(?:以后|之后|后|的话)?[^，。！!]{0,10}(?:寄回|寄给|送回|送还|还给|拿回|取回|(?:自己|我)(?:去|过去|来)?(?:拿|取)|怎么(?:拿|取|还|寄|送)|谁(?:送|寄)|还是)/;
const EN =
  /\b(?:once|when|after) (?:it'?s|it is|it has been|it gets|they'?ve|you'?ve|it'?s been|the repair is|the repair'?s) (?:been )?(?:fixed|repaired|mended|done)\b|\b(?:fixed|repaired) (?:item|unit|device|machine|one|product)\b|\b(?:post|send|ship|mail|deliver)(?:ed)? (?:it )?back\b[^?]{0,30}\b(?:or|collect|pick)\w*/i;

/** Whether the text asks what happens after the repair (and so says nothing of it being fixed now). */
export function asksAfterRepair(text: string): boolean {
  return ZH.test(text) || EN.test(text);
}
