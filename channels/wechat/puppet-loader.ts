/**
 * Loads the wechaty puppet named in configuration. Puppet packages are optional installs (each
 * speaks a different WeChat protocol), so a missing one or a refused token must stop start-up with
 * a message that says which variable to change and what to install, not a stack trace.
 */
import { UpstreamError, ValidationError } from '../../kernel/errors';

export const PUPPETS = {
  'wechaty-puppet-service': { exportName: 'PuppetService', needsToken: true },
  'wechaty-puppet-wechat4u': { exportName: 'PuppetWechat4u', needsToken: false },
  'wechaty-puppet-padlocal': { exportName: 'PuppetPadlocal', needsToken: true },
  'wechaty-puppet-mock': { exportName: 'PuppetMock', needsToken: false },
} as const;
export type PuppetName = keyof typeof PUPPETS;

export interface PuppetSettings {
  puppet: string;
  token?: string;
  /**
   * wechaty-puppet-service only: the gateway's discovery authority (the provider names it; tokens
   * are looked up there) and its TLS: a CA certificate (PEM) and server name for gateways with
   * their own certificate, or TLS off for old gateways that speak none.
   */
  service?: { authority?: string; tlsCaCert?: string; tlsServerName?: string; noTls?: boolean };
}

/** The puppet object wechaty takes; typed loosely so this module does not import every package. */
export type LoadedPuppet = { start(): Promise<void>; stop(): Promise<void>; on(event: string, listener: (...args: unknown[]) => void): unknown };

export async function loadPuppet(settings: PuppetSettings, importer: (name: string) => Promise<Record<string, unknown>> = (name) => import(name)): Promise<LoadedPuppet> {
  if (!(settings.puppet in PUPPETS)) {
    throw new ValidationError('wechat_puppet_unknown', `WECHATY_PUPPET: unknown puppet "${settings.puppet}"; use one of ${Object.keys(PUPPETS).join(', ')} / 未知的 puppet`);
  }
  const name = settings.puppet as PuppetName;
  const spec = PUPPETS[name];
  if (spec.needsToken && !settings.token) {
    throw new ValidationError('wechat_puppet_token_missing', `WECHATY_PUPPET_TOKEN: required by ${name} / 需要设置 WECHATY_PUPPET_TOKEN`);
  }
  let mod: Record<string, unknown>;
  try {
    mod = await importer(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new UpstreamError(
        'wechat_puppet_not_installed',
        `WECHATY_PUPPET=${name}, but the package is not installed. Run \`npm install ${name}\` or choose another puppet / 未安装 ${name}，请先 npm install ${name}`,
        { cause: error },
      );
    }
    throw new UpstreamError('wechat_puppet_load_failed', `WECHATY_PUPPET=${name} could not be loaded: ${(error as Error).message}`, { cause: error });
  }
  const Puppet = (mod[spec.exportName] ?? mod.default) as (new (options: Record<string, unknown>) => LoadedPuppet) | undefined;
  if (typeof Puppet !== 'function') throw new UpstreamError('wechat_puppet_load_failed', `WECHATY_PUPPET=${name} does not export ${spec.exportName}`);
  try {
    return new Puppet(puppetOptions(name, settings));
  } catch (error) {
    throw new UpstreamError('wechat_puppet_refused', `WECHATY_PUPPET_TOKEN was refused by ${name}: ${(error as Error).message}`, { cause: error });
  }
}

/** What the puppet's constructor is given: the token, and for puppet-service its authority and TLS. */
export function puppetOptions(name: PuppetName, settings: PuppetSettings): Record<string, unknown> {
  const options: Record<string, unknown> = settings.token ? { token: settings.token } : {};
  const service = settings.service;
  if (name !== 'wechaty-puppet-service' || !service) return options;
  if (service.authority) options.authority = service.authority;
  const tls = {
    ...(service.tlsCaCert ? { caCert: service.tlsCaCert } : {}),
    ...(service.tlsServerName ? { serverName: service.tlsServerName } : {}),
    ...(service.noTls ? { disable: true } : {}),
  };
  if (Object.keys(tls).length) options.tls = tls;
  return options;
}
