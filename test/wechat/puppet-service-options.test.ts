/**
 * wechaty-puppet-service's gateway settings reach the real puppet: the discovery authority its
 * provider names and the TLS settings (own CA and server name, or TLS off for old gateways),
 * from configuration, never from the puppet reading process.env behind the config's back.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { loadPuppet } from '../../channels/wechat/puppet-loader';

describe('puppet-service settings', () => {
  it('passes authority and TLS from config to the real PuppetService', async () => {
    const config = loadConfig({
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_TOKEN: 'puppet_workpro_0123456789abcdef',
      WECHATY_PUPPET_SERVICE_AUTHORITY: 'token-service-discovery.example.com',
      WECHATY_PUPPET_SERVICE_TLS_SERVER_NAME: 'gateway.example.com',
      WECHATY_PUPPET_SERVICE_TLS_CA_CERT: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
    });
    const puppet = (await loadPuppet({ puppet: config.wechat.puppet, token: config.wechat.puppetToken, service: config.wechat.puppetService })) as unknown as { options: Record<string, unknown> };
    expect(puppet.options).toMatchObject({
      token: 'puppet_workpro_0123456789abcdef',
      authority: 'token-service-discovery.example.com',
      tls: { serverName: 'gateway.example.com', caCert: expect.stringContaining('BEGIN CERTIFICATE') },
    });
    expect(puppet.options.tls).not.toHaveProperty('disable');
  });

  it('turns TLS off only when asked, and gives other puppets none of it', async () => {
    const off = loadConfig({ WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_TOKEN: 'insecure_0123', WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: 'true' });
    const puppet = (await loadPuppet({ puppet: off.wechat.puppet, token: off.wechat.puppetToken, service: off.wechat.puppetService })) as unknown as { options: Record<string, unknown> };
    expect(puppet.options.tls).toEqual({ disable: true });
    const mock = (await loadPuppet({ puppet: 'wechaty-puppet-mock', service: { authority: 'x', noTls: true } })) as unknown as { options: Record<string, unknown> };
    expect(mock.options).not.toHaveProperty('authority');
    expect(mock.options).not.toHaveProperty('tls');
  });
});
