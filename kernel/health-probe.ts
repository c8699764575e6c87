/**
 * The health port: each part that talks to the outside world (a WeChat login, Slack, the model
 * endpoint) registers a probe saying how it is, and `/healthz` shows them all to an operator.
 * A probe only reads state the part already keeps, or one cheap cached call: a health check that
 * hammers Slack or WeChat would itself cause the trouble it reports.
 */
export type HealthState = 'ok' | 'degraded' | 'down';

export interface HealthReport {
  state: HealthState;
  /** One line for an operator, in Chinese and English. */
  detail: string;
  /** Anything else worth showing (a login QR link, the bot's user id); never secrets. */
  [extra: string]: unknown;
}

export type HealthProbe = () => HealthReport | Promise<HealthReport>;

export class HealthProbes {
  private readonly probes = new Map<string, HealthProbe>();

  /** A second probe under the same name replaces the first (a channel restarted). */
  register(name: string, probe: HealthProbe): void {
    this.probes.set(name, probe);
  }

  /** Every probe's report; a probe that throws or hangs reports itself down instead of failing the page. */
  async report(timeoutMs = 3_000): Promise<Record<string, HealthReport>> {
    const entries = await Promise.all(
      [...this.probes].map(async ([name, probe]) => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<HealthReport>((resolve) => {
          timer = setTimeout(() => resolve({ state: 'down', detail: `探测超时 / probe timed out after ${timeoutMs} ms` }), timeoutMs);
        });
        try {
          return [name, await Promise.race([Promise.resolve().then(probe), late])] as const;
        } catch (error) {
          return [name, { state: 'down', detail: `探测失败 / probe failed: ${(error as Error)?.message ?? String(error)}` } satisfies HealthReport] as const;
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return Object.fromEntries(entries);
  }
}
