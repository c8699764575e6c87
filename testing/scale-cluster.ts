/**
 * N instances of the real server on one private PostgreSQL behind Debian's nginx, laid out as
 * deploy/scale/README.md tells an operator (aftersales@PORT units, the scale upstream): the
 * multi-instance test and `npm run bench -- scale` run on it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAppInstance, freePort, type AppInstance } from './app-instances';
import { startNginxProxy, type NginxProxy } from './nginx-proxy';
import { startPostgres, type PostgresServer } from './postgres-server';

export interface ScaleCluster {
  postgres: PostgresServer;
  databaseUrl: string;
  proxy: NginxProxy;
  instances: AppInstance[];
  /** The public origin the instances were told (WEB_PUBLIC_URL): nginx's https URL. */
  origin: string;
  stop(): Promise<void>;
}

export interface ScaleClusterOptions {
  instances: number;
  /** Settings for every instance on top of the cluster's own. */
  env?: Record<string, string>;
  /** Postgres settings (postgresql.conf) on top of the test server's. */
  postgresSettings?: Record<string, string>;
  /** An existing server to make a new database on (benches reuse one). */
  postgres?: PostgresServer;
  /** One instance on its own SQLite file instead (the baseline the scale bench compares with). */
  sqlite?: boolean;
  /** Flags for each instance's node (e.g. --cpu-prof, which NODE_OPTIONS may not carry). */
  nodeArgs?: string[];
  /** nginx's balancing directive instead of the upstream's least_conn (see NginxProxyOptions.balance). */
  balance?: string;
}

export async function startScaleCluster(options: ScaleClusterOptions): Promise<ScaleCluster> {
  const postgres = options.postgres ?? (await startPostgres({ settings: options.postgresSettings }));
  const ownsPostgres = !options.postgres;
  const databaseUrl = await postgres.createDatabase();
  const ports = await Promise.all(Array.from({ length: options.instances }, () => freePort()));
  const proxy = await startNginxProxy({ appPort: ports[0]!, appPorts: ports, workers: 1, balance: options.balance });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-'));
  const instances: AppInstance[] = [];
  const stop = async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await proxy.stop();
    if (ownsPostgres) await postgres.stop();
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    const start = (port: number) =>
      startAppInstance(
        port,
        {
          ...(options.sqlite ? {} : { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '8' }),
          // One state folder for the instances of this machine, as deploy/scale/aftersales@.service
          // has it: uploads are shared; the knowledge index file is built once and each instance
          // keeps its own copy in memory.
          AFTERSALES_DATA_DIR: root,
          WEB_PUBLIC_URL: proxy.httpsUrl,
          TRUST_PROXY: 'loopback',
          AFTERSALES_LOG_LEVEL: 'warn',
          ...options.env,
        },
        undefined,
        options.nodeArgs,
      );
    // The first builds the knowledge index and applies the migrations; the rest start together
    // (migrations under the advisory lock find nothing left to do).
    instances.push(await start(ports[0]!));
    instances.push(...(await Promise.all(ports.slice(1).map(start))));
  } catch (error) {
    await stop();
    throw error;
  }
  return { postgres, databaseUrl, proxy, instances, origin: proxy.httpsUrl, stop };
}
