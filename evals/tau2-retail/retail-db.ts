/**
 * The τ²-bench retail world (../shared/datasets/agent-tau2-retail, MIT): 50 products, 500 users
 * and 1,000 orders in one db.json, read in place. Each replay works on its own deep copy, so one
 * task's writes never leak into the next.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const TAU2_RETAIL_FOLDER = 'agent-tau2-retail';

export interface Address {
  address1: string;
  address2: string;
  city: string;
  state: string;
  country: string;
  zip: string;
}

export type PaymentMethod = { source: 'credit_card'; id: string; brand: string; last_four: string } | { source: 'paypal'; id: string } | { source: 'gift_card'; id: string; balance: number };

export interface Variant {
  item_id: string;
  options: Record<string, string>;
  available: boolean;
  price: number;
}

export interface Product {
  name: string;
  product_id: string;
  variants: Record<string, Variant>;
}

export interface User {
  user_id: string;
  name: { first_name: string; last_name: string };
  address: Address;
  email: string;
  payment_methods: Record<string, PaymentMethod>;
  orders: string[];
}

export interface OrderItem {
  name: string;
  product_id: string;
  item_id: string;
  price: number;
  options: Record<string, string>;
}

export interface OrderPayment {
  transaction_type: 'payment' | 'refund';
  amount: number;
  payment_method_id: string;
}

export interface Order {
  order_id: string;
  user_id: string;
  address: Address;
  items: OrderItem[];
  /** pending, processed, delivered, cancelled, and after our tools: 'pending (item modified)', 'return requested', 'exchange requested'. */
  status: string;
  fulfillments: { tracking_id: string[]; item_ids: string[] }[];
  payment_history: OrderPayment[];
  cancel_reason?: string;
  return_items?: string[];
  return_payment_method_id?: string;
  exchange_items?: string[];
  exchange_new_items?: string[];
  exchange_payment_method_id?: string;
  exchange_price_difference?: number;
}

export interface RetailDb {
  products: Record<string, Product>;
  users: Record<string, User>;
  orders: Record<string, Order>;
}

const actionSchema = z.object({ action_id: z.string().optional(), name: z.string(), arguments: z.record(z.string(), z.unknown()) });
const taskSchema = z.object({
  id: z.string(),
  user_scenario: z.object({
    persona: z.string().nullish(),
    instructions: z.object({
      domain: z.string().nullish(),
      task_instructions: z.string().nullish(),
      reason_for_call: z.string().nullish(),
      known_info: z.string().nullish(),
      unknown_info: z.string().nullish(),
    }),
  }),
  evaluation_criteria: z.object({
    actions: z.array(actionSchema).nullish(),
    communicate_info: z.array(z.string()).nullish(),
  }),
});
export type RetailTask = z.infer<typeof taskSchema>;
export type RetailAction = z.infer<typeof actionSchema>;

export function retailFolder(datasetsDir: string): string {
  return path.join(datasetsDir, TAU2_RETAIL_FOLDER);
}

export function loadRetailDb(folder: string): RetailDb {
  const db = JSON.parse(fs.readFileSync(path.join(folder, 'db.json'), 'utf8')) as RetailDb;
  if (!db.products || !db.users || !db.orders) throw new Error(`${folder}/db.json: expected products, users and orders`);
  return db;
}

export function loadRetailTasks(folder: string): RetailTask[] {
  const raw = JSON.parse(fs.readFileSync(path.join(folder, 'tasks.json'), 'utf8')) as unknown[];
  return raw.map((t, i) => {
    const parsed = taskSchema.safeParse(t);
    if (!parsed.success) throw new Error(`${folder}/tasks.json[${i}]: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

export function loadRetailSplit(folder: string): { train: string[]; test: string[] } {
  return JSON.parse(fs.readFileSync(path.join(folder, 'split_tasks.json'), 'utf8')) as { train: string[]; test: string[] };
}

/**
 * A database for one replay that shares every record with `base` until a tool writes it (the
 * tools copy a record before changing it). Products are never written.
 */
export function forkDb(base: RetailDb): RetailDb {
  return { products: base.products, users: { ...base.users }, orders: { ...base.orders } };
}

/** JSON with object keys sorted, so equal states hash equal whatever order writes happened in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Fingerprints a database state: a hash over each record's canonical JSON. Records still shared
 * with the base (untouched by a forked replay) reuse the base's record hashes, so hashing a
 * replay costs what it changed.
 */
export class StateHasher {
  private readonly known = new WeakMap<object, string>();

  constructor(base?: RetailDb) {
    if (base) for (const table of TABLES) for (const record of Object.values(base[table])) this.known.set(record, sha256(canonicalJson(record)));
  }

  hash(db: RetailDb): string {
    const lines: string[] = [];
    for (const table of TABLES) {
      for (const id of Object.keys(db[table]).sort()) {
        const record = db[table][id]!;
        lines.push(`${table}/${id}:${this.known.get(record) ?? sha256(canonicalJson(record))}`);
      }
    }
    return sha256(lines.join('\n'));
  }
}

const TABLES = ['products', 'users', 'orders'] as const;

export function hashDb(db: RetailDb): string {
  return new StateHasher().hash(db);
}
