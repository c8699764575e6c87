/**
 * Gold writes that τ²-bench's own tools refuse too. The gold trajectories try them on purpose (the
 * agent is expected to hit the refusal and recover), so a faithful re-implementation must refuse
 * exactly these and accept every other gold write. Checked by reading src/tau2/domains/retail/
 * tools.py at the commit in ../shared/datasets/agent-tau2-retail/SOURCE.md.
 */
export const UPSTREAM_REFUSED_WRITES: readonly { taskId: string; tool: string; because: string }[] = [
  { taskId: '64', tool: 'exchange_delivered_order_items', because: 'the order is pending; tools.py raises "Non-delivered order cannot be exchanged"' },
  { taskId: '105', tool: 'exchange_delivered_order_items', because: 'a gift card short of the price difference; tools.py raises on insufficient gift card balance' },
];
