/**
 * Requests to move the conversation to a private account: "加客服微信 kf_2026 领取", "add me on
 * WeChat", "QQ: 12345678". A phishing reply takes the customer where nobody can see what is said.
 * Reads folded text.
 */
import { clip, type Finding } from './finding';

// Latin names only as whole words, so "wx" inside a serial or a base64 run is no app.
const APPS = '(?:微信|威信|薇信|v信|企业微信|扣扣|企鹅号|钉钉|飞书|(?<![a-z0-9])(?:vx|wx|weixin|wechat|qq|whatsapp|telegram|viber)(?![a-z]))';
const PATTERNS = [
  // 加/添加/联系 … 微信: a request to go there.
  new RegExp(`(?:加|添加|加上|联系|私聊|私信|搜索|扫码加)(?:一下)?(?:我|我们|客服|专员|小编|售后|经理)?(?:的)?(?:个人|专属|官方)?${APPS}`, 'iu'),
  // 微信号: xxx / QQ 12345678: an account handed over.
  new RegExp(`${APPS}\\s*(?:号|号码|id|账号|account|number|handle)?\\s*[:：是为]?\\s*[a-z0-9_@.-]*\\d[a-z0-9_@.-]{3,}|${APPS}\\s*(?:号|号码|id|账号)\\s*[:：是为]?\\s*[a-z][a-z0-9_-]{4,}`, 'iu'),
  new RegExp(`\\b(?:add|contact|message|text|dm|ping|reach|chat with|find|follow)\\s+(?:me|us|our [\\w-]+|the [\\w-]+|[\\w-]+)?\\s*(?:on|via|at|through|in)\\s+${APPS}\\b`, 'iu'),
];

export function findContactRequests(folded: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of PATTERNS) {
    const m = pattern.exec(folded);
    if (m && !findings.some((f) => f.match.includes(m[0]) || m[0].includes(f.match))) findings.push({ kind: 'contact_request', match: clip(m[0]) });
  }
  return findings;
}
