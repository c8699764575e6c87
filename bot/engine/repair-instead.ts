/**
 * Whether a message said during a return or exchange asks for a repair instead ("算了，修一下吧",
 * "actually just repair it"). Words about a visit or collection ("上门取件", "pick it up at my
 * place") describe how the item goes back and are not a repair wish; "不是修" / "not a repair"
 * says the opposite.
 */
const REPAIR_WISH = /维修|修理|修(?:一下|好|吧|呗|了吧)|报修|(?:要|想|改成?|还是)修|\brepair(?:ed|ing)?\b|\bfix(?:ed)?\b/i;
const NOT_REPAIR = /(?:不是|不要|不想|别|不用|不)(?:维)?修|\bnot (?:a |to )?(?:repair|fix)|\bdon'?t (?:want (?:it )?)?(?:repair|fix)|\bno(?:t)? repairs?\b|\binstead of (?:a )?repair/i;

export function wantsRepairInstead(text: string): boolean {
  return REPAIR_WISH.test(text) && !NOT_REPAIR.test(text);
}
