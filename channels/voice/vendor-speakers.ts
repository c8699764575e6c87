/**
 * Who is the agent in a speech-to-text vendor's export. Vendors number voices, not roles: a
 * two-channel (双轨) call-centre recording gives each line its channel (Alibaba's ChannelId), and
 * speaker separation (说话人分离) gives a speaker number (SpeakerId). The call centre knows which
 * channel or speaker its agents are on (VOICE_AGENT_SPEAKER, default 0); every other voice is the
 * customer.
 */
import type { Speaker } from '../../bot/calls/call-transcript';

export interface SpeakerMapping {
  /** The ChannelId or SpeakerId that is the agent, as the vendor writes it (0, 1, "spk_0"...). */
  agent: string;
}

export const DEFAULT_SPEAKER_MAPPING: SpeakerMapping = { agent: '0' };

export function speakerByVoice(voice: string | number, mapping: SpeakerMapping): Speaker {
  return String(voice).trim() === mapping.agent.trim() ? 'agent' : 'customer';
}
