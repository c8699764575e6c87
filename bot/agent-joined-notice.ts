/**
 * What the customer hears when a person takes their conversation at a desk. It is a notice, not
 * an answer: it never counts as the first response (only a person's own words do, see
 * HandoffDesk.agentReply), and it is said once per handling, so a release and a re-claim do not
 * repeat it. A conversation handed to people over a danger hears the one safety step that matters
 * most again, not a generic "anything to add?" while the customer may be standing outside.
 */
import type { ConversationState } from './conversation';
import { scriptOf } from './engine/safety-context';
import type { Lang } from './phrases';

export function agentJoinedNotice(state: ConversationState, lang: Lang): string {
  if (state.safety && state.handoffReason === 'safety') {
    const reminder = scriptOf(state.safety).reminder[lang];
    return lang === 'zh'
      ? `人工客服已接入，正在看您的情况。${reminder}请先确保您和家人都在安全的地方，稍后我们在这里回复您。`
      : `A person from our team has joined and is reading what happened. ${reminder} Please make sure everyone is somewhere safe first; we will reply here shortly.`;
  }
  return lang === 'zh' ? '人工客服已接入，请问还有什么需要补充的吗？' : 'A human agent has joined. Is there anything you would like to add?';
}
