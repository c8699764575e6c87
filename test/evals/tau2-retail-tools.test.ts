/**
 * The τ²-bench retail tools on a small hand-made store (always runs), then on the real tasks
 * when ../shared/datasets is present.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { forkDb, hashDb, loadRetailTasks, retailFolder, type RetailDb } from '../../evals/tau2-retail/retail-db';
import { replayActions, replayBase } from '../../evals/tau2-retail/replay';
import { conformanceGates, idleShare, replayAllTasks } from '../../evals/tau2-retail/suite';
import { evaluateArithmetic, RetailTools } from '../../evals/tau2-retail/tools';
import { address, store } from './retail-store';

let db: RetailDb;
let tools: RetailTools;
beforeEach(() => {
  db = store();
  tools = new RetailTools(db);
});

const refused = (outcome: ReturnType<RetailTools['call']>) => (outcome.ok ? undefined : outcome.error);

describe('τ²-bench retail tools on a hand-made store', () => {
  it('finds users by email and by name + zip, without case or accents', () => {
    expect(tools.call('find_user_id_by_email', { email: 'ANA@example.com' })).toEqual({ ok: true, result: 'ana_1' });
    expect(tools.call('find_user_id_by_name_zip', { first_name: 'ana', last_name: 'Nunez', zip: '78701' })).toEqual({ ok: true, result: 'ana_1' });
    expect(refused(tools.call('find_user_id_by_name_zip', { first_name: 'Ana', last_name: 'Nunez', zip: '78702' }))).toBe('User not found');
  });

  it('refuses to cancel a delivered or processed order, and an unlisted reason', () => {
    expect(refused(tools.call('cancel_pending_order', { order_id: '#W2', reason: 'no longer needed' }))).toMatch(/Non-pending order cannot be cancelled/);
    expect(refused(tools.call('cancel_pending_order', { order_id: '#W3', reason: 'no longer needed' }))).toMatch(/status: processed/);
    expect(refused(tools.call('cancel_pending_order', { order_id: '#W1', reason: 'found it cheaper' }))).toMatch(/Invalid reason/);
    expect(db.orders['#W1']!.status).toBe('pending');
  });

  it('cancels a pending order and refunds a gift card at once', () => {
    expect(tools.call('cancel_pending_order', { order_id: '#W1', reason: 'ordered by mistake' }).ok).toBe(true);
    expect(db.orders['#W1']).toMatchObject({ status: 'cancelled', cancel_reason: 'ordered by mistake' });
    expect(db.orders['#W1']!.payment_history.at(-1)).toEqual({ transaction_type: 'refund', amount: 50, payment_method_id: 'gift_card_1' });
    expect(db.users.ana_1!.payment_methods.gift_card_1).toMatchObject({ balance: 60 });
  });

  it('returns only delivered orders, to the original method or a gift card', () => {
    expect(refused(tools.call('return_delivered_order_items', { order_id: '#W1', item_ids: ['k_red'], payment_method_id: 'gift_card_1' }))).toMatch(/Non-delivered/);
    expect(refused(tools.call('return_delivered_order_items', { order_id: '#W2', item_ids: ['k_red'], payment_method_id: 'paypal_1' }))).toMatch(/original payment method or a gift card/);
    expect(refused(tools.call('return_delivered_order_items', { order_id: '#W2', item_ids: ['k_red', 'k_red'], payment_method_id: 'credit_card_1' }))).toMatch(/not found/);
    expect(tools.call('return_delivered_order_items', { order_id: '#W2', item_ids: ['l_1', 'k_red'], payment_method_id: 'gift_card_1' }).ok).toBe(true);
    expect(db.orders['#W2']).toMatchObject({ status: 'return requested', return_items: ['k_red', 'l_1'], return_payment_method_id: 'gift_card_1' });
  });

  it('exchanges only for an available variant of the same product, and a gift card must cover the difference', () => {
    expect(refused(tools.call('exchange_delivered_order_items', { order_id: '#W2', item_ids: ['k_red'], new_item_ids: ['k_gold'], payment_method_id: 'credit_card_1' }))).toMatch(/not available/);
    expect(refused(tools.call('exchange_delivered_order_items', { order_id: '#W2', item_ids: ['k_red'], new_item_ids: ['l_1'], payment_method_id: 'credit_card_1' }))).toMatch(
      /not a variant of product/,
    );
    expect(refused(tools.call('exchange_delivered_order_items', { order_id: '#W2', item_ids: ['k_red'], new_item_ids: ['k_red'], payment_method_id: 'credit_card_1' }))).toMatch(/must differ/);
    // Blue costs 20 more; the gift card holds 10.
    expect(refused(tools.call('exchange_delivered_order_items', { order_id: '#W2', item_ids: ['k_red'], new_item_ids: ['k_blue'], payment_method_id: 'gift_card_1' }))).toMatch(
      /Insufficient gift card balance/,
    );
    expect(tools.call('exchange_delivered_order_items', { order_id: '#W2', item_ids: ['k_red'], new_item_ids: ['k_blue'], payment_method_id: 'credit_card_1' }).ok).toBe(true);
    expect(db.orders['#W2']).toMatchObject({ status: 'exchange requested', exchange_new_items: ['k_blue'], exchange_price_difference: 20 });
    // Once only: the order is no longer 'delivered'.
    expect(refused(tools.call('exchange_delivered_order_items', { order_id: '#W2', item_ids: ['l_1'], new_item_ids: ['l_1'], payment_method_id: 'credit_card_1' }))).toMatch(/Non-delivered/);
  });

  it('modifies pending items once, paying the difference from the chosen method', () => {
    // White is 10 cheaper: refunded onto the gift card.
    expect(tools.call('modify_pending_order_items', { order_id: '#W1', item_ids: ['k_red'], new_item_ids: ['k_white'], payment_method_id: 'gift_card_1' }).ok).toBe(true);
    expect(db.orders['#W1']).toMatchObject({ status: 'pending (item modified)', items: [{ item_id: 'k_white', price: 40, options: { color: 'white' } }] });
    expect(db.users.ana_1!.payment_methods.gift_card_1).toMatchObject({ balance: 20 });
    expect(refused(tools.call('modify_pending_order_items', { order_id: '#W1', item_ids: ['k_white'], new_item_ids: ['k_blue'], payment_method_id: 'credit_card_1' }))).toMatch(/once/);
    // The address can still change while the order is pending in any form.
    expect(tools.call('modify_pending_order_address', { order_id: '#W1', ...address, city: 'Dallas' }).ok).toBe(true);
    expect(db.orders['#W1']!.address.city).toBe('Dallas');
  });

  it('changes payment only to a different method that can cover the total', () => {
    expect(refused(tools.call('modify_pending_order_payment', { order_id: '#W1', payment_method_id: 'gift_card_1' }))).toMatch(/different from the current one/);
    expect(tools.call('modify_pending_order_payment', { order_id: '#W1', payment_method_id: 'paypal_1' }).ok).toBe(true);
    expect(db.users.ana_1!.payment_methods.gift_card_1).toMatchObject({ balance: 60 });
    expect(refused(tools.call('modify_pending_order_payment', { order_id: '#W1', payment_method_id: 'credit_card_1' }))).toMatch(/exactly one payment/);
    expect(refused(tools.call('modify_pending_order_payment', { order_id: '#W3', payment_method_id: 'credit_card_1' }))).toMatch(/Non-pending/);
  });

  it('validates arguments and calculates without eval', () => {
    expect(refused(tools.call('get_order_details', { order: '#W1' }))).toMatch(/Invalid arguments for get_order_details/);
    expect(refused(tools.call('delete_everything', {}))).toBe('Unknown tool: delete_everything');
    expect(tools.call('calculate', { expression: '(54.04 + 41.64) * 2 - 0.5' })).toEqual({ ok: true, result: '190.86' });
    expect(tools.call('calculate', { expression: '4 / 2' })).toEqual({ ok: true, result: '2.0' });
    expect(refused(tools.call('calculate', { expression: 'process.exit()' }))).toMatch(/Invalid characters/);
    expect(() => evaluateArithmetic('1 +')).toThrow(/Invalid expression/);
    expect(evaluateArithmetic('-3 + 2 * (1 + 1)')).toBe(1);
  });

  it('replays on a fork: the base store is untouched and equal replays hash equal', () => {
    const before = hashDb(db);
    const base = replayBase(db);
    const actions = [
      { name: 'get_order_details', arguments: { order_id: '#W1' } },
      { name: 'cancel_pending_order', arguments: { order_id: '#W1', reason: 'no longer needed' } },
    ];
    const a = replayActions(base, 't', actions);
    const b = replayActions(replayBase(store()), 't', actions);
    expect(a).toMatchObject({ errors: [], writes: 1, changed: true });
    expect(a.hash).toBe(b.hash);
    expect(hashDb(db)).toBe(before);
    expect(db.orders['#W1']!.status).toBe('pending');
    // A different outcome is a different state.
    expect(replayActions(base, 't', [{ name: 'cancel_pending_order', arguments: { order_id: '#W1', reason: 'ordered by mistake' } }]).hash).not.toBe(a.hash);
    // Reads alone change nothing.
    expect(replayActions(base, 't', actions.slice(0, 1))).toMatchObject({ changed: false, hash: base.hash });
    expect(forkDb(db).products).toBe(db.products);
  });
});

const folder = retailFolder(loadConfig().datasetsDir);
const present = fs.existsSync(path.join(folder, 'tasks.json'));
if (!present) console.warn(`τ²-bench retail replay tests skipped: ${folder} not found (set AFTERSALES_DATASETS_DIR).`);

describe('τ²-bench retail tasks from the datasets folder', () => {
  it.runIf(present)('replays every task to the end, twice, to the same state', () => {
    const replay = replayAllTasks(folder);
    expect(replay.tasks).toBe(114);
    expect(replay.deterministic).toBe(replay.tasks);
    expect(replay.stateAsExpected).toBe(replay.tasks);
    // The gold trajectories hold a few writes the store must refuse (see the next test); the rest go through.
    expect(replay.refusedWriteKeys.sort()).toEqual(['105:exchange_delivered_order_items', '64:exchange_delivered_order_items']);
    expect(conformanceGates(replay).filter((g) => !g.passed)).toEqual([]);
    // The floor any agent must beat: 7 of 114 tasks need no write and no information.
    expect(idleShare(replay, loadRetailTasks(folder))).toBeCloseTo(7 / 114);
  });

  it.runIf(present)('refuses exactly what the policy refuses in the gold trajectories', () => {
    const tasks = new Map(loadRetailTasks(folder).map((t) => [t.id, t]));
    const base = replayBase(JSON.parse(fs.readFileSync(path.join(folder, 'db.json'), 'utf8')) as RetailDb);
    // Task 64 first tries to exchange a pending order, then modifies it; task 105's gift card holds 17.00 for a 21.10 difference.
    const t64 = replayActions(base, '64', tasks.get('64')!.evaluation_criteria.actions ?? []);
    expect(t64.errors.map((e) => e.error)).toEqual(['Non-delivered order cannot be exchanged (status: pending)']);
    expect(t64.changed).toBe(true);
    const t105 = replayActions(base, '105', tasks.get('105')!.evaluation_criteria.actions ?? []);
    expect(t105.errors.map((e) => e.error)).toEqual(['Insufficient gift card balance to pay for the price difference']);
    expect(t105.changed).toBe(false);
    // Task 0: two items exchanged in one call.
    const t0 = replayActions(base, '0', tasks.get('0')!.evaluation_criteria.actions ?? []);
    expect(t0).toMatchObject({ errors: [], changed: true });
  });
});
