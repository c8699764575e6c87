/**
 * Flags text that tries to instruct the bot instead of describing a problem: "ignore previous
 * instructions", 忽略之前的指令, prompt extraction, role play, fake authority (主管/授权码/override
 * code), fake system notes inside receipts or knowledge entries, payloads hidden in base64 or
 * behind full-width and zero-width characters. Nothing is refused on a flag alone: the pipeline
 * logs it and the LLM brain tells the model that this text is data, not instructions. Policy is
 * enforced by the tools and the output guard whatever the screen says.
 */
import { hasFullWidthLatin, hasInvisibleCharacters, normalForm } from './text-normal-form';

export type ScreenSource = 'customer' | 'ocr' | 'knowledge' | 'history';

export type ScreenKind =
  | 'ignore_instructions'
  | 'prompt_extraction'
  | 'role_play'
  | 'fake_authority'
  | 'fake_system_note'
  | 'tool_injection'
  | 'exfiltration'
  | 'payload_splitting'
  | 'resource_abuse'
  | 'encoded_instructions'
  | 'obfuscation'
  | 'instruction_in_data';

export interface ScreenFinding {
  kind: ScreenKind;
  /** The text that matched (after normalisation), cut to 80 characters for logs. */
  match: string;
}

export interface ScreenResult {
  flagged: boolean;
  source: ScreenSource;
  findings: ScreenFinding[];
}

type Rule = { kind: ScreenKind; pattern: RegExp; sources?: ScreenSource[] };

const RULES: Rule[] = [
  {
    kind: 'ignore_instructions',
    pattern: /\b(ignore|disregard|forget|override|bypass|skip)\b[^.!?\n]{0,40}?\b(instructions?|rules?|prompts?|guidelines?|polic(?:y|ies)|directions?|restrictions?|constraints?)\b/i,
  },
  { kind: 'ignore_instructions', pattern: /(忽略|无视|忘记|忘掉|不要理会|别管|跳过|绕过|抛开|违反)[^。！？\n]{0,16}?(指令|规则|指示|设定|提示|要求|限制|约束|rules?|instructions?)/i },
  {
    kind: 'prompt_extraction',
    pattern:
      /\b(system\s*prompt|developer\s*message|initial\s*prompt|hidden\s*(?:prompt|instructions)|your\s+(?:instructions|prompt|rules)\s+(?:verbatim|word for word)|print\s+(?:everything|all|the text)\s+(?:above|before)|repeat\s+(?:everything|the\s+text|the\s+words)\s+above|verbatim)\b/i,
  },
  { kind: 'prompt_extraction', pattern: /(系统提示|提示词|系统指令|系统设定|初始指令|原文输出|逐字输出|一字不差|输出你的(设定|指令|规则|提示))/ },
  {
    kind: 'role_play',
    pattern: /\b(you are now|from now on,?\s+(?:you|agree|answer|always|end)|act as|pretend (?:to be|you are)|role-?play|developer mode|jailbreak|DAN mode|agree with everything)\b/i,
  },
  { kind: 'role_play', pattern: /(从现在起|从现在开始|现在你是|你现在是|扮演|假装你是|你的新身份|开发者模式|越狱|同意我说的一切)/ },
  {
    kind: 'fake_authority',
    pattern:
      /\b(?:supervisor|manager|administrator|admin|developer|your boss|head of support)\b[^.!?\n]{0,30}?\b(?:here|code|override|authori[sz]ed?|approv\w*)\b|\boverride\s+code\b|\bauthori[sz]ation\s+code\b|\badmin\s+code\b/i,
  },
  { kind: 'fake_authority', pattern: /(我是[^。！？\n]{0,6}(主管|经理|管理员|老板|领导|工作人员|内部员工|开发)|授权码|口令|特批|超级权限|管理员权限)/ },
  {
    kind: 'fake_system_note',
    pattern:
      /(^|\n)\s*(?:\[?\s*system\s*(?:note|message|notice)?\s*\]?\s*:|#{2,}\s*instructions?|<\|im_start\|>|<\/?(?:system|assistant|customer_message|turn_context|receipt_text|history_customer)>)/i,
  },
  { kind: 'fake_system_note', pattern: /【\s*(系统提示|系统通知|系统消息|管理员通知|系统指令)\s*】|系统提示[:：]/ },
  {
    kind: 'tool_injection',
    pattern: /\b(?:call|invoke|run|execute|trigger)\s+[a-z_]+\s*\(|\b(?:create_refund|issue_refund|function_call|tool_call)\b|\bmark\s+all\s+tickets\b|\bclose\s+(?:all|the)\s+tickets?\b/i,
  },
  { kind: 'tool_injection', pattern: /(调用[^。！？\n]{0,6}(工具|函数|接口)|全部标记|所有工单[^。！？\n]{0,6}(标记|关闭|退款)|关闭工单)/ },
  { kind: 'exfiltration', pattern: /!\[[^\]]*\]\([^)]*\)|<img\b/i },
  { kind: 'exfiltration', pattern: /\b(?:e-?mail|send)\b[^.!?\n]{0,40}?\b(?:ID[- ]?cards?|passport|photos? of (?:your )?ID)\b|(发送|寄|邮件)[^。！？\n]{0,12}身份证/i },
  { kind: 'payload_splitting', pattern: /\b[A-Z]\s*=\s*['"“‘][^'"”’]{2,}['"”’]|\b(?:do|execute|run)\s+[A-Z]\s*\+\s*[A-Z]\b/ },
  { kind: 'resource_abuse', pattern: /\b(?:repeat|say|print)\b[^.!?\n]{0,30}?\b(?:forever|infinitely|endlessly|\d{3,}\s+times)\b|(重复|说|输出)[^。！？\n]{0,12}(一万遍|无限|永远|一千遍|\d{3,}遍)/i },
  {
    kind: 'instruction_in_data',
    sources: ['ocr', 'knowledge'],
    pattern:
      /\b(?:please|must|should|ask\s+(?:the\s+)?customers?\s+to|tell\s+(?:the\s+)?customers?\s+to)\b[^.!?\n]{0,40}?\b(?:refund|e-?mail|send|close|call|transfer|pay|mark)\b|\bwarranty\s+(?:to|until|extended)\b|\b(?:receipt|invoice)\s+verified\b/i,
  },
  { kind: 'instruction_in_data', sources: ['ocr', 'knowledge'], pattern: /(请|务必|必须|应当|让客户|要求客户)[^。！？\n]{0,20}(退款|发送|邮件|关闭|打款|转账|标记)|保修至\s*\d{4}|已核验|全额退款/ },
];

/** Longest text screened in full; a flood beyond this is itself a finding. */
const FLOOD_CHARACTERS = 4000;

const BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;

function decodeBase64(run: string): string | undefined {
  try {
    const text = Buffer.from(run, 'base64').toString('utf8');
    // Mostly printable and containing words: something written to be read, not an id.
    const printable = [...text].filter((ch) => /[\p{L}\p{N}\p{P}\s]/u.test(ch)).length;
    return printable / Math.max(1, [...text].length) > 0.9 && /\p{L}{3,}/u.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

function applyRules(text: string, source: ScreenSource): ScreenFinding[] {
  const findings: ScreenFinding[] = [];
  for (const rule of RULES) {
    if (rule.sources && !rule.sources.includes(source)) continue;
    const match = rule.pattern.exec(text);
    if (match && !findings.some((f) => f.kind === rule.kind)) findings.push({ kind: rule.kind, match: match[0].trim().slice(0, 80) });
  }
  return findings;
}

/** Collapses "i g n o r e" (letters spaced out to dodge word patterns) into "ignore". */
function unspace(text: string): string {
  return text.replace(/\b(?:[A-Za-z] ){3,}[A-Za-z]\b/g, (m) => m.replace(/ /g, ''));
}

export function screenInput(text: string, source: ScreenSource = 'customer'): ScreenResult {
  const head = text.length > FLOOD_CHARACTERS * 3 ? text.slice(0, FLOOD_CHARACTERS * 3) : text;
  const normal = unspace(normalForm(head));
  const findings = applyRules(normal, source);

  // Obfuscation counts when hiding changed the outcome: the raw text alone did not match.
  if ((hasInvisibleCharacters(head) || hasFullWidthLatin(head)) && findings.length > 0 && applyRules(head, source).length < findings.length) {
    findings.push({ kind: 'obfuscation', match: 'full-width or zero-width characters around instructions' });
  }
  for (const run of normal.match(BASE64_RUN) ?? []) {
    const decoded = decodeBase64(run);
    if (!decoded) continue;
    const inner = applyRules(normalForm(decoded), source);
    const commitment = /\b(refund|discount|compensat\w*|payout|warranty)\b|退款|赔偿|折扣|保修/i.test(decoded);
    if (inner.length || commitment) {
      findings.push({ kind: 'encoded_instructions', match: decoded.slice(0, 80) });
      break;
    }
  }
  if (text.length > FLOOD_CHARACTERS) findings.push({ kind: 'resource_abuse', match: `${text.length} characters` });
  return { flagged: findings.length > 0, source, findings };
}
