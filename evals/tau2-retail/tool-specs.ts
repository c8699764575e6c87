/** The τ²-bench retail tools' names, argument schemas and the refusal type they share. */
import { z } from 'zod';

/** A refusal by the store's rules or a lookup that found nothing: the agent sees the message. */
export class RetailToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RetailToolError';
  }
}

export const CANCEL_REASONS = ['no longer needed', 'ordered by mistake'] as const;

const orderId = z.string().describe("The order id, such as '#W0000000' (with the leading '#').");
const userId = z.string().describe("The user id, such as 'sara_doe_496'.");
const itemIds = z.array(z.string()).describe("Item ids, each such as '1008292230'; an id may repeat.");
const paymentMethodId = z.string().describe("A payment method id of the user, such as 'gift_card_0000000' or 'credit_card_0000000'.");
const addressShape = {
  address1: z.string(),
  address2: z.string(),
  city: z.string(),
  state: z.string(),
  country: z.string(),
  zip: z.string(),
};

/** name -> [kind, description, argument schema]. The names and argument keys are the benchmark's. */
export const RETAIL_TOOL_SPECS = {
  calculate: ['generic', 'Calculate a mathematical expression with numbers, + - * / and parentheses.', z.object({ expression: z.string() })],
  cancel_pending_order: [
    'write',
    "Cancel a pending order. The reason must be 'no longer needed' or 'ordered by mistake'. Needs the user's explicit confirmation first.",
    z.object({ order_id: orderId, reason: z.string() }),
  ],
  exchange_delivered_order_items: [
    'write',
    'Exchange items of a delivered order for available items of the same product with other options. Can be done once per order. Needs confirmation.',
    z.object({ order_id: orderId, item_ids: itemIds, new_item_ids: itemIds, payment_method_id: paymentMethodId }),
  ],
  find_user_id_by_email: ['read', 'Find a user id by email.', z.object({ email: z.string() })],
  find_user_id_by_name_zip: ['read', 'Find a user id by first name, last name and zip code.', z.object({ first_name: z.string(), last_name: z.string(), zip: z.string() })],
  get_item_details: ['read', 'Get the inventory details of an item (variant) by item id.', z.object({ item_id: z.string() })],
  get_order_details: ['read', 'Get the status and details of an order.', z.object({ order_id: orderId })],
  get_product_details: ['read', 'Get the inventory details of a product by product id (not an item id).', z.object({ product_id: z.string() })],
  get_user_details: ['read', 'Get the details of a user, including their orders.', z.object({ user_id: userId })],
  list_all_product_types: ['read', 'List the name and product id of all product types.', z.object({})],
  modify_pending_order_address: ['write', 'Modify the shipping address of a pending order. Needs confirmation.', z.object({ order_id: orderId, ...addressShape })],
  modify_pending_order_items: [
    'write',
    'Modify items of a pending order to available items of the same product with other options. Can be done once per order. Needs confirmation.',
    z.object({ order_id: orderId, item_ids: itemIds, new_item_ids: itemIds, payment_method_id: paymentMethodId }),
  ],
  modify_pending_order_payment: ['write', 'Change the payment method of a pending order. Needs confirmation.', z.object({ order_id: orderId, payment_method_id: paymentMethodId })],
  modify_user_address: ['write', "Modify a user's default address. Needs confirmation.", z.object({ user_id: userId, ...addressShape })],
  return_delivered_order_items: [
    'write',
    'Return items of a delivered order; the refund goes to the original payment method or a gift card. Needs confirmation.',
    z.object({ order_id: orderId, item_ids: itemIds, payment_method_id: paymentMethodId }),
  ],
  transfer_to_human_agents: ['generic', 'Transfer the user to a human agent with a summary, only when the request cannot be handled with these tools.', z.object({ summary: z.string() })],
} as const satisfies Record<string, readonly ['read' | 'write' | 'generic', string, z.ZodObject]>;

export type RetailToolName = keyof typeof RETAIL_TOOL_SPECS;
export const RETAIL_TOOL_NAMES = Object.keys(RETAIL_TOOL_SPECS) as RetailToolName[];

export type ToolOutcome = { ok: true; result: unknown } | { ok: false; error: string };
