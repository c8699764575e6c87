/** WeCom settings: the four credentials go together, the AES key has WeCom's shape, and a servicer handoff names its person. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/config';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const FULL = { WECOM_CORP_ID: 'ww123', WECOM_SECRET: 's', WECOM_TOKEN: 't', WECOM_ENCODING_AES_KEY: KEY };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.variables;
    throw error;
  }
  return [];
}

describe('WeCom configuration', () => {
  it('is off by default and reads a full set', () => {
    expect(loadConfig({}).wecom).toMatchObject({ corpId: undefined, openKfIds: [], apiBaseUrl: 'https://qyapi.weixin.qq.com', handoff: undefined });
    const config = loadConfig({ ...FULL, WECOM_OPEN_KFID: 'wk1, wk2', WECOM_HANDOFF: 'servicer', WECOM_SERVICER_USERID: 'zhangsan' });
    expect(config.wecom).toMatchObject({ corpId: 'ww123', openKfIds: ['wk1', 'wk2'], handoff: { to: 'servicer', servicerUserId: 'zhangsan' } });
    expect(loadConfig({ ...FULL, WECOM_HANDOFF: 'queue' }).wecom.handoff).toEqual({ to: 'queue' });
  });

  it('names each missing or malformed setting', () => {
    expect(problems({ WECOM_CORP_ID: 'ww123' })).toEqual(['WECOM_SECRET', 'WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY']);
    expect(problems({ ...FULL, WECOM_ENCODING_AES_KEY: 'too-short' })).toEqual(['WECOM_ENCODING_AES_KEY']);
    expect(problems({ ...FULL, WECOM_HANDOFF: 'servicer' })).toEqual(['WECOM_SERVICER_USERID']);
    expect(problems({ ...FULL, WECOM_HANDOFF: 'everyone' })).toEqual(['WECOM_HANDOFF']);
  });

  it('reads the transcript format and the agent speaker for phone calls', () => {
    expect(loadConfig({}).voice).toMatchObject({ transcriptFormat: undefined, agentSpeaker: '0' });
    expect(loadConfig({ VOICE_TRANSCRIPT_FORMAT: '阿里云', VOICE_AGENT_SPEAKER: '1' }).voice).toMatchObject({ transcriptFormat: 'aliyun', agentSpeaker: '1' });
    expect(problems({ VOICE_TRANSCRIPT_FORMAT: 'baidu' })).toEqual(['VOICE_TRANSCRIPT_FORMAT']);
  });
});
