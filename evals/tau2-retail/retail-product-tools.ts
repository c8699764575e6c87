/**
 * The τ²-bench retail tools as product tools: the same `Tool` shape the after-sales tools have
 * (a name, a description for the model, a zod schema the ToolBox checks, a `run`), so the
 * product's brain calls them through its own ToolBox and middleware as it calls its own.
 *
 * Two things the product does to every tool call are kept, not bypassed: arguments the model
 * wrote with the pipeline's placeholders ([EMAIL_1] for an e-mail the customer typed, which the
 * model never saw) are restored before the store reads them, as createTicket restores a phone;
 * and a refusal by the store comes back as a tool error the model reads, not as a crash.
 */
import { ConflictError } from '../../kernel/errors';
import { defineTool, type Tool, type ToolContext } from '../../bot/tools/tool';
import type { RetailDb } from './retail-db';
import { RETAIL_TOOL_NAMES, RETAIL_TOOL_SPECS, RetailTools } from './tools';

/** Puts the customer's real values back into every string of the arguments. */
function restoreDeep(value: unknown, context: ToolContext): unknown {
  if (typeof value === 'string') return context.restore(value);
  if (Array.isArray(value)) return value.map((v) => restoreDeep(v, context));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreDeep(v, context)]));
  return value;
}

/** One product tool per τ² retail tool, all working on `db` (one conversation's copy of the store). */
export function retailProductTools(db: RetailDb): Tool[] {
  const store = new RetailTools(db);
  return RETAIL_TOOL_NAMES.map((name) => {
    const [, description, schema] = RETAIL_TOOL_SPECS[name];
    return defineTool({
      name,
      description,
      schema,
      async run(args, context) {
        const outcome = store.call(name, restoreDeep(args, context));
        if (!outcome.ok) throw new ConflictError('store_refused', outcome.error);
        return outcome.result;
      },
    });
  });
}
