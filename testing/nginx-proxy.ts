/**
 * Debian's nginx in front of a running server, configured from deploy/nginx exactly as the README
 * tells an operator to (the site template rendered with envsubst's rules, the shared proxy
 * settings next to it), on private ports with a self-signed certificate made by openssl, under a
 * temp folder of its own. Used by the deployment test and the web-through-nginx benchmark.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX_BIN = '/usr/sbin/nginx';
const DEPLOY_DIR = path.resolve(import.meta.dirname, '../deploy/nginx');
export const SITE_VARIABLES = ['SERVER_NAME', 'APP_PORT', 'HTTP_PORT', 'HTTPS_PORT', 'TLS_CERT', 'TLS_KEY'] as const;
export type SiteValues = Record<(typeof SITE_VARIABLES)[number], string>;

/** Why nginx cannot be used here, or undefined when it can. */
export function nginxMissing(): string | undefined {
  if (!fs.existsSync(NGINX_BIN)) return `${NGINX_BIN} not found: install Debian's nginx (.ci/apt-packages lists it)`;
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    return 'openssl not found (needed for the self-signed test certificate)';
  }
  return undefined;
}

/**
 * The site as `envsubst '$SERVER_NAME $APP_PORT ...'` renders it: only the listed `${NAME}`s are
 * replaced, so nginx's own `$host` and `$remote_addr` stay. A `${...}` left over is a mistake.
 */
export function renderNginxSite(values: SiteValues): string {
  const template = fs.readFileSync(path.join(DEPLOY_DIR, 'aftersales.conf.template'), 'utf8');
  const rendered = template.replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) => ((SITE_VARIABLES as readonly string[]).includes(name) ? values[name as keyof SiteValues] : whole));
  const left = rendered
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .match(/\$\{[^}]*\}/);
  if (left) throw new Error(`deploy/nginx/aftersales.conf.template: ${left[0]} is not one of ${SITE_VARIABLES.join(', ')}`);
  return rendered;
}

export interface NginxProxy {
  httpsUrl: string;
  httpUrl: string;
  httpsPort: number;
  httpPort: number;
  /** The self-signed certificate, for clients to trust. */
  ca: Buffer;
  /** nginx's error log so far (for a failing test to show). */
  errors(): string;
  stop(): Promise<void>;
  /** The master's process id (its workers are its children), for CPU accounting. */
  pid?: number;
}

/**
 * The site for N instances, as deploy/scale/README.md tells an operator: the template's upstream
 * block replaced by deploy/scale/upstream.conf's, with one `server` line per port.
 */
export function withScaleUpstream(site: string, ports: number[], balance?: string): string {
  const upstream = fs.readFileSync(path.resolve(DEPLOY_DIR, '../scale/upstream.conf'), 'utf8');
  const block = /^upstream aftersales_app \{[^}]*\}/m;
  const example = block.exec(upstream)?.[0];
  if (!example || !block.test(site)) throw new Error('deploy/scale/upstream.conf or the site template has no upstream aftersales_app block');
  const [serverLine] = example.split('\n').filter((l) => /^\s*server 127\.0\.0\.1:\d+/.test(l));
  if (!serverLine) throw new Error('deploy/scale/upstream.conf has no server line');
  const lines = example
    .split('\n')
    .filter((l) => !/^\s*server 127\.0\.0\.1:\d+/.test(l))
    .map((l) => (balance && /^\s*least_conn;/.test(l) ? l.replace('least_conn', balance) : l));
  const at = lines.findIndex((l) => /^\s*keepalive/.test(l));
  lines.splice(at, 0, ...ports.map((port) => serverLine.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`)));
  return site.replace(block, lines.join('\n'));
}

export interface NginxProxyOptions {
  appPort: number;
  /** Several instances: the upstream lists these ports (deploy/scale/upstream.conf) instead of appPort. */
  appPorts?: number[];
  /** Another balancing directive in place of the upstream's least_conn (the scale bench's sticky control: `hash $http_authorization consistent`). */
  balance?: string;
  /** nginx worker processes (Debian's default is auto: one per core). */
  workers?: number | 'auto';
}

export async function startNginxProxy(options: NginxProxyOptions): Promise<NginxProxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  // Workers run as another user when the master is root; they must reach the temp folders.
  fs.chmodSync(dir, 0o755);
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(dir, sub), { mode: 0o777 });
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.chmodSync(path.join(dir, sub), 0o777);
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = renderNginxSite({ SERVER_NAME: 'localhost', APP_PORT: String(options.appPort), HTTP_PORT: String(httpPort), HTTPS_PORT: String(httpsPort), TLS_CERT: cert, TLS_KEY: key });
  fs.writeFileSync(path.join(dir, 'site.conf'), options.appPorts ? withScaleUpstream(site, options.appPorts, options.balance) : site);
  fs.copyFileSync(path.join(DEPLOY_DIR, 'aftersales-proxy.conf'), path.join(dir, 'aftersales-proxy.conf'));
  const root = process.getuid?.() === 0;
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      root ? 'user www-data;' : '',
      `worker_processes ${options.workers ?? 1};`,
      'daemon off;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 4096; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      // As Debian's /etc/nginx/nginx.conf has it; the site relies on nothing else of it.
      '  sendfile on; tcp_nopush on; types_hash_max_size 2048;',
      '  include site.conf;',
      '}',
    ].join('\n'),
  );
  // -p and -c: every relative path (the site's `include aftersales-proxy.conf`) resolves in our folder.
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d));
  const errors = () => stderr + (fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : '');
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGQUIT'); // graceful: finish open requests
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      const log = errors();
      await stop();
      throw new Error(`nginx exited at start: ${log}`);
    }
    if ((await canConnect(httpsPort)) && (await canConnect(httpPort))) break;
    if (i > 100) {
      await stop();
      throw new Error(`nginx did not listen within 10 s: ${errors()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { httpsUrl: `https://localhost:${httpsPort}`, httpUrl: `http://localhost:${httpPort}`, httpsPort, httpPort, ca: fs.readFileSync(cert), errors, stop, pid: child.pid };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
