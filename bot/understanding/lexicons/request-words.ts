/**
 * The English words that decide what a request is about (the verbs and objects of
 * request-frames.ts and the intent cues), so a misspelt one ("cancle my ordr", "adress",
 * "recieve") is read as the word meant (bot/understanding/spelling.ts). Longer forms the cues
 * already accept (orders, cancelled) need not be listed: a word that only adds a letter at the
 * end of one of these is left alone.
 */
export const REQUEST_WORDS = [
  // things asked about
  'order', 'purchase', 'package', 'parcel', 'shipment', 'delivery', 'deliver', 'shipping', 'address', 'refund', 'reimbursement',
  'reimburse', 'compensation', 'invoice', 'receipt', 'billing', 'payment', 'transaction', 'account', 'profile', 'password',
  'username', 'newsletter', 'subscription', 'subscribe', 'unsubscribe', 'registration', 'register', 'complaint', 'complain',
  'policy', 'option', 'options', 'method', 'methods', 'appointment', 'booking', 'ticket', 'status', 'feedback', 'review',
  'comment', 'warranty', 'technician', 'engineer', 'installation', 'repair', 'replacement', 'exchange', 'return',
  // people
  'customer', 'service', 'support', 'assistance', 'agent', 'representative', 'human', 'person', 'operator', 'someone',
  'somebody', 'manager', 'supervisor',
  // actions
  'cancel', 'cancelled', 'canceled', 'cancellation', 'change', 'modify', 'update', 'correct', 'switch', 'remove', 'delete', 'track',
  'tracking', 'check', 'locate', 'receive', 'received', 'arrive', 'arrived', 'contact', 'speak', 'reach', 'create', 'recover',
  'retrieve', 'schedule', 'reschedule', 'request', 'submit', 'download',
] as const;

/**
 * Real words one edit away from a request word, which keep their own meaning: "remote" is not
 * "remove", "booming" not "booking", "slipping" not "shipping". Each must be such a neighbour
 * (a test holds it), so the list stays the set of words the corrector would otherwise change.
 * Checked against a full English word list (Debian's wamerican); inflections that read the same
 * either way (arrives, complains, cancelation, warrants) are left to be repaired.
 */
export const LOOK_ALIKE_WORDS = [
  'chance', 'charge', 'police', 'polity', 'statue', 'statues', 'states', 'stats', 'remote', 'remover', 'contract', 'shopping',
  'sipping', 'skipping', 'slipping', 'snipping', 'cancer', 'chancel', 'crate', 'crease', 'cremate', 'deplete', 'tack', 'tacking',
  'tricking', 'trucking', 'repaid', 'reprieve', 'summit', 'manger', 'manage', 'managed', 'manages', 'resister', 'warrant',
  'parson', 'locale', 'delivers', 'commend', 'servile', 'snitch', 'stitch', 'swatch', 'thicket', 'ticked', 'ticker', 'receiver',
  'balling', 'belling', 'bilking', 'bulling', 'boobing', 'booing', 'booming', 'booting', 'boozing', 'brooking',
] as const;
