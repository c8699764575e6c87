/** The part of autocannon 9's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    total: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface RequestSpec {
    method?: string;
    path?: string;
    setupRequest?: (request: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>;
  }
  /** One connection (httpClient.js); its requests are set per connection in `setupClient`. */
  interface Client {
    setRequests(requests: RequestSpec[]): void;
  }
  interface Options {
    url: string;
    /** Called once per connection when it is created. */
    setupClient?: (client: Client) => void;
    connections?: number;
    duration?: number;
    requests?: RequestSpec[];
    /** Requests per second over all connections (a fixed rate, below saturation). */
    overallRate?: number;
    /** Passed to tls.connect for https URLs (a self-signed certificate's `ca`). */
    tlsOptions?: Record<string, unknown>;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
