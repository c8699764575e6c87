/** Every flow the engine can run, by name: one definition per job. */
import type { FlowName } from '../commands';
import { cancelVisitFlow } from './cancel-visit-flow';
import { complaintFlow } from './complaint-flow';
import { deliveryDamageFlow } from './delivery-damage-flow';
import { faultFlow } from './fault-flow';
import type { FlowSpec } from './flow';
import { partRequestFlow } from './part-request-flow';
import { policyFlow } from './policy-flow';
import { repairFlow } from './repair-flow';
import { rescheduleFlow } from './reschedule-flow';
import { returnFlow } from './return-flow';
import { statusFlow } from './status-flow';
import { warrantyFlow } from './warranty-flow';

export const FLOWS: Record<FlowName, FlowSpec> = {
  fault: faultFlow,
  repair: repairFlow,
  warranty: warrantyFlow,
  return: returnFlow,
  complaint: complaintFlow,
  status: statusFlow,
  policy: policyFlow,
  reschedule: rescheduleFlow,
  cancelVisit: cancelVisitFlow,
  deliveryDamage: deliveryDamageFlow,
  partRequest: partRequestFlow,
};

export type { FlowKit, FlowResult, FlowSpec, SlotSpec } from './flow';
