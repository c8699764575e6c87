/**
 * `/healthz`: whether the server is up, for anyone (load balancers, systemd watchdogs, uptime
 * checks); and for this machine or a bearer of HEALTH_TOKEN, the state of each part that talks to
 * the outside world and what has not been delivered, per destination. The details name no
 * customer and carry no message text: only states, counts and the operator's next step.
 */
import type express from 'express';
import { mayReadHealthDetail } from '../channels/web/web-security';
import type { HealthProbes, HealthReport } from '../kernel/health-probe';
import type { OutboxAdmin } from '../tickets/outbox-admin';
import { modelCircuitOf } from './brain';
import type { Assistant } from './assistant';

export interface HealthHost {
  app: express.Express;
  assistant: Assistant;
  config: { healthToken?: string; llm: { baseUrl?: string } };
  health: HealthProbes;
}

export function mountHealth(host: HealthHost, outbox: OutboxAdmin): void {
  const { assistant, config, health } = host;
  const circuit = modelCircuitOf(assistant.brain);
  if (config.llm.baseUrl && circuit) health.register('model', () => modelHealth(circuit()));
  const live = assistant.desk.live;
  if (live.health) health.register('live', () => live.health!());

  host.app.get('/healthz', async (req, res) => {
    // Anyone may ask whether the server is up; details only from this machine or with HEALTH_TOKEN.
    if (!mayReadHealthDetail(req, config.healthToken)) return void res.json({ ok: true });
    const [pending, channels, deliveries] = await Promise.all([assistant.desk.outbox.pendingCount(), health.report(), outbox.countsByDestination()]);
    // `ok` stays "the server answers"; what needs a person is listed, so a check can alert on it.
    const attention = [
      ...Object.entries(channels)
        .filter(([, r]) => r.state !== 'ok')
        .map(([name]) => name),
      ...Object.entries(deliveries)
        .filter(([, c]) => c.dead > 0 || c.parked > 0)
        .map(([destination]) => `deliveries:${destination}`),
    ];
    res.set('Cache-Control', 'no-store').json({ ok: true, pendingDeliveries: pending, attention, channels, deliveries });
  });
}

function modelHealth(state: ReturnType<NonNullable<ReturnType<typeof modelCircuitOf>>>): HealthReport {
  switch (state) {
    case 'closed':
      return { state: 'ok', detail: '模型接口正常 / model endpoint answering', circuit: state };
    case 'half_open':
      return { state: 'degraded', detail: '模型接口刚恢复，正在试探 / model endpoint on trial after failures', circuit: state };
    default:
      return { state: 'down', detail: '模型接口多次失败，暂停调用，离线规则在答复 / model endpoint failing; calls paused, the offline brain answers', circuit: state };
  }
}
