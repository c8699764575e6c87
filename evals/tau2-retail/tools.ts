/**
 * The τ²-bench retail tools, written in TypeScript over db.json with the semantics of its
 * policy.md (the benchmark ships their names and arguments, not code we could reuse):
 *
 * - cancel only a 'pending' order, for 'no longer needed' or 'ordered by mistake'; what was paid
 *   goes back to each method, and at once onto a gift card;
 * - modify address or payment of any pending order (also 'pending (item modified)'); items only
 *   while exactly 'pending', once, each to an available variant of the same product with other
 *   options; the price difference is paid or refunded by one of the user's methods, and a gift
 *   card must cover what it pays;
 * - a new payment method must differ from the original and a gift card must cover the total;
 * - return or exchange only a 'delivered' order; a refund goes to the original method or a gift
 *   card; exchanged items must be available variants of the same product.
 *
 * Where policy.md is silent we follow what a careful implementation would do, and say so:
 * each modified item takes its own new variant's price and options, a cancellation refunds the
 * net paid per method (so an earlier payment change is not refunded twice), and a zero price
 * difference writes no payment row. Tools do not check who is asking: authenticating the user
 * is the agent's duty under the policy, as in the benchmark.
 */

import type { Address, Order, OrderItem, PaymentMethod, Product, RetailDb, User, Variant } from './retail-db';
import { evaluateArithmetic } from './arithmetic';
import type { z } from 'zod';
import { CANCEL_REASONS, RETAIL_TOOL_SPECS, RetailToolError, type ToolOutcome } from './tool-specs';

export { evaluateArithmetic } from './arithmetic';
export { RETAIL_TOOL_NAMES, RETAIL_TOOL_SPECS, RetailToolError, type RetailToolName, type ToolOutcome } from './tool-specs';

const round2 = (n: number) => Math.round((n + Number.EPSILON * Math.sign(n)) * 100) / 100;
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();

/** Every right answer leaves the store as a copy, so a caller can never edit the database by accident. */
const copy = <T>(value: T): T => structuredClone(value);

export class RetailTools {
  /** Records this instance copied before writing (copy on write: see forkDb). */
  private readonly owned = new WeakSet<object>();

  constructor(readonly db: RetailDb) {}

  /** Runs one tool by name with untrusted arguments (from a task file or a model). */
  call(name: string, args: unknown): ToolOutcome {
    const spec = (RETAIL_TOOL_SPECS as Record<string, readonly [string, string, z.ZodObject]>)[name];
    if (!spec) return { ok: false, error: `Unknown tool: ${name}` };
    const parsed = spec[2].safeParse(args ?? {});
    if (!parsed.success) return { ok: false, error: `Invalid arguments for ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
    try {
      const method = (this as unknown as Record<string, (a: unknown) => unknown>)[name]!;
      return { ok: true, result: method.call(this, parsed.data) };
    } catch (error) {
      if (error instanceof RetailToolError) return { ok: false, error: error.message };
      throw error;
    }
  }

  static kindOf(name: string): 'read' | 'write' | 'generic' | undefined {
    return (RETAIL_TOOL_SPECS as Record<string, readonly ['read' | 'write' | 'generic', string, z.ZodObject]>)[name]?.[0];
  }

  // --- lookups

  private order(id: string): Order {
    const order = this.db.orders[id];
    if (!order) throw new RetailToolError('Order not found');
    return order;
  }

  private user(id: string): User {
    const user = this.db.users[id];
    if (!user) throw new RetailToolError('User not found');
    return user;
  }

  private product(id: string): Product {
    const product = this.db.products[id];
    if (!product) throw new RetailToolError('Product not found');
    return product;
  }

  private paymentMethod(userId: string, id: string, forWriting = false): PaymentMethod {
    const method = (forWriting ? this.writableUser(userId) : this.user(userId)).payment_methods[id];
    if (!method) throw new RetailToolError('Payment method not found');
    return method;
  }

  /**
   * The record to change, copied into this database first: a forked database shares its
   * records with the original until a tool writes one, so a replay costs a copy of what it
   * touches, not of the whole store.
   */
  private writableOrder(id: string): Order {
    const order = this.order(id);
    if (this.owned.has(order)) return order;
    const own = structuredClone(order);
    this.owned.add(own);
    this.db.orders[id] = own;
    return own;
  }

  private writableUser(id: string): User {
    const user = this.user(id);
    if (this.owned.has(user)) return user;
    const own = structuredClone(user);
    this.owned.add(own);
    this.db.users[id] = own;
    return own;
  }

  /** Each listed id must occur in the order at least as often as it is listed. */
  private checkItemsInOrder(order: Order, ids: readonly string[]): void {
    const have = new Map<string, number>();
    for (const item of order.items) have.set(item.item_id, (have.get(item.item_id) ?? 0) + 1);
    const want = new Map<string, number>();
    for (const id of ids) want.set(id, (want.get(id) ?? 0) + 1);
    for (const [id, n] of want) if ((have.get(id) ?? 0) < n) throw new RetailToolError(`Item ${id} not found in order ${order.order_id} (${n} requested)`);
  }

  /**
   * Pairs old items with new variants: same product, other options, available. Returns the
   * order items in pair order (a repeated id takes the next copy) and the price difference.
   */
  private pairItems(order: Order, oldIds: readonly string[], newIds: readonly string[]): { pairs: { item: OrderItem; variant: Variant }[]; difference: number } {
    if (oldIds.length === 0) throw new RetailToolError('No items given');
    if (oldIds.length !== newIds.length) throw new RetailToolError('The number of items to be exchanged should match');
    this.checkItemsInOrder(order, oldIds);
    const taken = new Set<OrderItem>();
    const pairs = oldIds.map((oldId, i) => {
      const newId = newIds[i]!;
      if (oldId === newId) throw new RetailToolError(`The new item ${newId} must differ from the old item (policy: a different product option)`);
      const item = order.items.find((it) => it.item_id === oldId && !taken.has(it))!;
      taken.add(item);
      const variant = this.product(item.product_id).variants[newId];
      if (!variant) throw new RetailToolError(`New item ${newId} is not a variant of product ${item.product_id} (${item.name})`);
      if (!variant.available) throw new RetailToolError(`New item ${newId} not available`);
      return { item, variant };
    });
    return { pairs, difference: round2(pairs.reduce((sum, p) => sum + p.variant.price - p.item.price, 0)) };
  }

  private checkGiftCardCovers(method: PaymentMethod, amount: number, what: string): void {
    if (method.source === 'gift_card' && method.balance < amount) throw new RetailToolError(`Insufficient gift card balance to pay for ${what}`);
  }

  private adjustGiftCard(method: PaymentMethod, delta: number): void {
    if (method.source === 'gift_card') method.balance = round2(method.balance + delta);
  }

  // --- the tools (names and argument keys are the benchmark's)

  calculate({ expression }: { expression: string }): string {
    const value = evaluateArithmetic(expression);
    const rounded = round2(value);
    // Python's str(float): whole numbers keep one decimal place ("10.0").
    return Number.isInteger(rounded) ? rounded.toFixed(1) : String(rounded);
  }

  find_user_id_by_email({ email }: { email: string }): string {
    const wanted = fold(email);
    const user = Object.values(this.db.users).find((u) => fold(u.email) === wanted);
    if (!user) throw new RetailToolError('User not found');
    return user.user_id;
  }

  find_user_id_by_name_zip({ first_name, last_name, zip }: { first_name: string; last_name: string; zip: string }): string {
    // Names without case or accents (a caller cannot say an accent); the zip must match exactly.
    const user = Object.values(this.db.users).find((u) => fold(u.name.first_name) === fold(first_name) && fold(u.name.last_name) === fold(last_name) && u.address.zip === zip.trim());
    if (!user) throw new RetailToolError('User not found');
    return user.user_id;
  }

  get_item_details({ item_id }: { item_id: string }): Variant {
    for (const product of Object.values(this.db.products)) if (product.variants[item_id]) return copy(product.variants[item_id]);
    throw new RetailToolError('Item not found');
  }

  get_order_details({ order_id }: { order_id: string }): Order {
    return copy(this.order(order_id));
  }

  get_product_details({ product_id }: { product_id: string }): Product {
    return copy(this.product(product_id));
  }

  get_user_details({ user_id }: { user_id: string }): User {
    return copy(this.user(user_id));
  }

  list_all_product_types(): Record<string, string> {
    const entries = Object.values(this.db.products).map((p) => [p.name, p.product_id] as const);
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  }

  cancel_pending_order({ order_id, reason }: { order_id: string; reason: string }): Order {
    const order = this.writableOrder(order_id);
    if (order.status !== 'pending') throw new RetailToolError(`Non-pending order cannot be cancelled (status: ${order.status})`);
    if (!(CANCEL_REASONS as readonly string[]).includes(reason)) throw new RetailToolError(`Invalid reason: must be ${CANCEL_REASONS.map((r) => `'${r}'`).join(' or ')}`);
    // Refund what each method paid net of earlier refunds, in the order the methods were first used.
    const net = new Map<string, number>();
    for (const p of order.payment_history) net.set(p.payment_method_id, (net.get(p.payment_method_id) ?? 0) + (p.transaction_type === 'payment' ? p.amount : -p.amount));
    for (const [methodId, amount] of net) {
      const owed = round2(amount);
      if (owed <= 0) continue;
      order.payment_history.push({ transaction_type: 'refund', amount: owed, payment_method_id: methodId });
      this.adjustGiftCard(this.paymentMethod(order.user_id, methodId, true), owed);
    }
    order.status = 'cancelled';
    order.cancel_reason = reason;
    return copy(order);
  }

  modify_pending_order_address({ order_id, ...address }: { order_id: string } & Address): Order {
    const order = this.writableOrder(order_id);
    if (!order.status.startsWith('pending')) throw new RetailToolError(`Non-pending order cannot be modified (status: ${order.status})`);
    order.address = { address1: address.address1, address2: address.address2, city: address.city, state: address.state, country: address.country, zip: address.zip };
    return copy(order);
  }

  modify_pending_order_payment({ order_id, payment_method_id }: { order_id: string; payment_method_id: string }): Order {
    const order = this.writableOrder(order_id);
    if (!order.status.startsWith('pending')) throw new RetailToolError(`Non-pending order cannot be modified (status: ${order.status})`);
    const method = this.paymentMethod(order.user_id, payment_method_id, true);
    const [first] = order.payment_history;
    if (order.payment_history.length !== 1 || first!.transaction_type !== 'payment') throw new RetailToolError('There should be exactly one payment for a pending order');
    if (first!.payment_method_id === payment_method_id) throw new RetailToolError('The new payment method should be different from the current one');
    const amount = first!.amount;
    this.checkGiftCardCovers(method, amount, 'the order');
    const old = this.paymentMethod(order.user_id, first!.payment_method_id, true);
    order.payment_history.push({ transaction_type: 'payment', amount, payment_method_id }, { transaction_type: 'refund', amount, payment_method_id: first!.payment_method_id });
    this.adjustGiftCard(method, -amount);
    this.adjustGiftCard(old, amount);
    return copy(order);
  }

  modify_pending_order_items({ order_id, item_ids, new_item_ids, payment_method_id }: { order_id: string; item_ids: string[]; new_item_ids: string[]; payment_method_id: string }): Order {
    const order = this.writableOrder(order_id);
    // Exactly 'pending': after one modification the order reads 'pending (item modified)' and is final.
    if (order.status !== 'pending') throw new RetailToolError(`Non-pending order cannot be modified (status: ${order.status}; items can be modified once)`);
    const { pairs, difference } = this.pairItems(order, item_ids, new_item_ids);
    const method = this.paymentMethod(order.user_id, payment_method_id, true);
    this.checkGiftCardCovers(method, difference, 'the new items');
    if (difference !== 0) {
      order.payment_history.push({ transaction_type: difference > 0 ? 'payment' : 'refund', amount: Math.abs(difference), payment_method_id });
      this.adjustGiftCard(method, -difference);
    }
    for (const { item, variant } of pairs) {
      item.item_id = variant.item_id;
      item.price = variant.price;
      item.options = { ...variant.options };
    }
    order.status = 'pending (item modified)';
    return copy(order);
  }

  modify_user_address({ user_id, ...address }: { user_id: string } & Address): User {
    const user = this.writableUser(user_id);
    user.address = { address1: address.address1, address2: address.address2, city: address.city, state: address.state, country: address.country, zip: address.zip };
    return copy(user);
  }

  return_delivered_order_items({ order_id, item_ids, payment_method_id }: { order_id: string; item_ids: string[]; payment_method_id: string }): Order {
    const order = this.writableOrder(order_id);
    if (order.status !== 'delivered') throw new RetailToolError(`Non-delivered order cannot be returned (status: ${order.status})`);
    const method = this.paymentMethod(order.user_id, payment_method_id);
    if (method.source !== 'gift_card' && payment_method_id !== order.payment_history[0]?.payment_method_id) {
      throw new RetailToolError('The refund must go to the original payment method or a gift card');
    }
    if (item_ids.length === 0) throw new RetailToolError('No items given');
    this.checkItemsInOrder(order, item_ids);
    order.status = 'return requested';
    order.return_items = [...item_ids].sort();
    order.return_payment_method_id = payment_method_id;
    return copy(order);
  }

  exchange_delivered_order_items({ order_id, item_ids, new_item_ids, payment_method_id }: { order_id: string; item_ids: string[]; new_item_ids: string[]; payment_method_id: string }): Order {
    const order = this.writableOrder(order_id);
    if (order.status !== 'delivered') throw new RetailToolError(`Non-delivered order cannot be exchanged (status: ${order.status})`);
    const { difference } = this.pairItems(order, item_ids, new_item_ids);
    const method = this.paymentMethod(order.user_id, payment_method_id);
    this.checkGiftCardCovers(method, difference, 'the price difference');
    order.status = 'exchange requested';
    order.exchange_items = [...item_ids].sort();
    order.exchange_new_items = [...new_item_ids].sort();
    order.exchange_payment_method_id = payment_method_id;
    order.exchange_price_difference = difference;
    return copy(order);
  }

  transfer_to_human_agents(_: { summary: string }): string {
    return 'Transfer successful';
  }
}
