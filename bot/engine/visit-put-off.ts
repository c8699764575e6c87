/**
 * The reply when a customer puts off the visit being booked (bot/understanding/visit-put-off.ts): the
 * form stops, they hear plainly that nothing was booked, and that they can come back any time. It is
 * not "cancelled" (they had not asked for anything yet to cancel), and asks nothing more.
 */
import type { Bilingual } from './commands';

export const VISIT_PUT_OFF: Bilingual = {
  zh: '好的，那先不预约，这次没有登记任何上门。之后还需要的话随时找我，说一下情况就能接着安排。',
  en: "OK, I won't book anything for now; no visit has been arranged. If you need one later, just message me any time and we'll pick it up.",
};
