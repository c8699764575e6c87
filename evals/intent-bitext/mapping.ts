/**
 * How the 27 intents of the Bitext customer-service set (../shared/datasets/
 * en-intent-bitext-customer-service, CDLA-Sharing-1.0) map onto our eight. Bitext is an online
 * shop's desk; ours is an appliance after-sales desk, so some of its intents have no after-sales
 * meaning and map to `out_of_scope` (what the bot should say it does not handle). The table is
 * the contract: the README links here, and a change to it changes the score.
 *
 * | Bitext intent            | ours           | why                                                          |
 * |--------------------------|----------------|--------------------------------------------------------------|
 * | cancel_order             | ticket_status  | acting on an existing order/visit (our "cancel my appointment")|
 * | change_order             | ticket_status  | changing an existing request                                 |
 * | track_order              | ticket_status  | where is my order                                            |
 * | delivery_period          | ticket_status  | when will my (existing) parcel arrive                        |
 * | change_shipping_address  | ticket_status  | changing where an existing request goes (改地址)              |
 * | track_refund             | ticket_status  | progress of an existing refund                               |
 * | get_refund               | repair_request | a return/refund claim is a service request (退换货)           |
 * | complaint                | complaint      | same meaning                                                 |
 * | payment_issue            | complaint      | reporting a billing problem with the service (多收/乱收费)     |
 * | contact_human_agent      | human_request  | same meaning                                                 |
 * | contact_customer_service | human_request  | asks how to reach a person                                   |
 * | check_refund_policy      | consultation   | a policy question                                            |
 * | check_cancellation_fee   | consultation   | a price/policy question                                      |
 * | check_payment_methods    | consultation   | a how-to question                                            |
 * | delivery_options         | consultation   | a how-to question                                            |
 * | check_invoice            | consultation   | a question about a document (invoices matter for warranty)   |
 * | get_invoice              | consultation   | asks for a document, not a repair                            |
 * | review                   | consultation   | asks where/how to leave feedback                             |
 * | place_order              | out_of_scope   | sales, not after-sales                                       |
 * | newsletter_subscription  | out_of_scope   | marketing                                                    |
 * | create_account           | out_of_scope   | shop account management                                      |
 * | delete_account           | out_of_scope   | shop account management                                      |
 * | edit_account             | out_of_scope   | shop account management                                      |
 * | recover_password         | out_of_scope   | shop account management                                      |
 * | registration_problems    | out_of_scope   | shop account management                                      |
 * | switch_account           | out_of_scope   | shop account management                                      |
 * | set_up_shipping_address  | out_of_scope   | shop profile setting, no request behind it                   |
 *
 * fault_report and thanks_bye have no Bitext counterpart, so they appear only as wrong predictions.
 */
import type { Intent } from '../../bot/understanding/types';

export const BITEXT_TO_OURS = {
  cancel_order: 'ticket_status',
  change_order: 'ticket_status',
  track_order: 'ticket_status',
  delivery_period: 'ticket_status',
  change_shipping_address: 'ticket_status',
  track_refund: 'ticket_status',
  get_refund: 'repair_request',
  complaint: 'complaint',
  payment_issue: 'complaint',
  contact_human_agent: 'human_request',
  contact_customer_service: 'human_request',
  check_refund_policy: 'consultation',
  check_cancellation_fee: 'consultation',
  check_payment_methods: 'consultation',
  delivery_options: 'consultation',
  check_invoice: 'consultation',
  get_invoice: 'consultation',
  review: 'consultation',
  place_order: 'out_of_scope',
  newsletter_subscription: 'out_of_scope',
  create_account: 'out_of_scope',
  delete_account: 'out_of_scope',
  edit_account: 'out_of_scope',
  recover_password: 'out_of_scope',
  registration_problems: 'out_of_scope',
  switch_account: 'out_of_scope',
  set_up_shipping_address: 'out_of_scope',
} as const satisfies Record<string, Intent>;

export type BitextIntent = keyof typeof BITEXT_TO_OURS;

export function mapBitextIntent(intent: string): Intent | undefined {
  return (BITEXT_TO_OURS as Record<string, Intent>)[intent];
}
