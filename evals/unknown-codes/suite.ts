/**
 * The unknown-codes suite: every code of codes.jsonl (real codes from manufacturers' tables that
 * the knowledge base does not hold) is one fresh customer through the whole assistant, their
 * messages as turns. judge.ts scores each conversation: a pass declines plainly, says what
 * happens next and gives no other code's diagnosis. In the same run a baseline bot that always
 * answers with the knowledge base's top hit is judged the same way, to show the judge can tell a
 * decline from a misdiagnosis. Measures only: the fix is a later issue, so there is no gate.
 */
import type { Config } from '../../app/config';
import { SAMPLE_KNOWLEDGE_DIR } from '../../knowledge/knowledge-base';
import { openHarness } from '../assistant-harness';
import { percentile } from '../metrics';
import { millis, rate, type SuiteOptions, type SuiteResult, type Transcript } from '../suite';
import { loadUnknownCodes, type UnknownCode } from './dataset';
import { UnknownCodeJudge, type CodeVerdict } from './judge';
import { loadFaultCases } from './kb-codes';
import { topHitReply } from './top-hit-baseline';

export interface CodeOutcome {
  item: UnknownCode;
  verdict: CodeVerdict;
  baseline: CodeVerdict & { topHit?: string };
  transcript: Transcript;
  turnMs: number[];
}

export async function unknownCodesSuite(options: SuiteOptions & { llmConfig?: Config['llm']; items?: UnknownCode[] }): Promise<SuiteResult> {
  const started = performance.now();
  const items = options.items ?? loadUnknownCodes();
  const knowledgeDir = options.knowledgeDir ?? SAMPLE_KNOWLEDGE_DIR;
  const judge = new UnknownCodeJudge(loadFaultCases(knowledgeDir));
  const llm = options.llm ? options.llmConfig : undefined;
  options.progress.total(items.length);
  const harness = await openHarness({ llm, knowledgeDir: options.knowledgeDir });
  const outcomes: CodeOutcome[] = [];
  try {
    for (const item of items) {
      const ref = `eval-unknown-code-${item.id}`;
      const turns: Transcript['turns'] = [];
      const turnMs: number[] = [];
      for (const text of item.turns) {
        const said = await harness.say(ref, text);
        turnMs.push(said.ms);
        turns.push({ customer: text, replies: said.replies.map((r) => r.text), mode: said.mode, ticket: said.ticket?.number });
      }
      const verdict = judge.judge({ brand: item.brand, code: item.code, customer: item.turns, replies: turns.flatMap((t) => t.replies) });
      const top = await topHitReply(harness.assistant.knowledge, item.turns.join(' '), item.lang);
      const baseline = { ...judge.judge({ brand: item.brand, code: item.code, customer: item.turns, replies: top ? [top.text] : [] }), topHit: top?.id };
      outcomes.push({
        item,
        verdict,
        baseline,
        turnMs,
        transcript: {
          id: item.id,
          lang: item.lang,
          passed: verdict.passed,
          problems: verdict.problems,
          turns,
          persona: `${item.brand} ${item.category} code ${item.code}: ${item.meaning.en} / ${item.meaning.zh}`,
        },
      });
      options.progress.tick();
    }
  } finally {
    await harness.close();
  }
  return summarise(outcomes, { llm, knowledgeDir, ms: performance.now() - started });
}

function summarise(outcomes: CodeOutcome[], run: { llm?: Config['llm']; knowledgeDir: string; ms: number }): SuiteResult {
  const n = outcomes.length;
  const count = (list: CodeOutcome[], pick: (o: CodeOutcome) => boolean) => list.filter(pick).length;
  const byLang = (lang: 'zh' | 'en') => outcomes.filter((o) => o.item.lang === lang);
  const baselineDecline = count(outcomes, (o) => o.baseline.passed);
  const baselineWrong = count(outcomes, (o) => o.baseline.wrongDiagnosis);
  const topHitLabel = 'top knowledge-base hit as the answer (same run)';
  const langRates = (['zh', 'en'] as const).flatMap((lang) => {
    const list = byLang(lang);
    return [
      rate(
        `declineRate${lang === 'zh' ? 'Zh' : 'En'}`,
        `decline rate (${lang})`,
        count(list, (o) => o.verdict.passed),
        list.length,
        { data: 'own' },
      ),
      rate(
        `wrongDiagnosisRate${lang === 'zh' ? 'Zh' : 'En'}`,
        `wrong diagnosis given (${lang})`,
        count(list, (o) => o.verdict.wrongDiagnosis),
        list.length,
        { data: 'own', better: 'lower' },
      ),
    ];
  });
  const allMs = outcomes.flatMap((o) => o.turnMs);
  const manufacturerDocs = count(outcomes, (o) => o.item.source.kind === 'manufacturer');
  const brands = [...new Set(outcomes.map((o) => o.item.brand))];
  return {
    name: 'unknown-codes',
    title: 'Unknown error codes (知识库没有的故障码)',
    status: 'ran',
    notes: [
      `${n} real error codes of ${brands.length} brands (${brands.join(', ')}) that the knowledge base (${run.knowledgeDir}) does not hold, each a fresh customer, against ${run.llm ? `the LLM brain (${run.llm.model})` : 'the offline brain'}. Codes from manufacturers' code tables: ${manufacturerDocs} from a copy of the manufacturer's document, ${n - manufacturerDocs} from its table as quoted elsewhere (evals/unknown-codes/codes.jsonl names each source). Customer messages written by the team.`,
      'A pass: the replies say the assistant has no information on that code, say what happens next (engineer visit, a person, the brand hotline), and give no title, cause or step of a fault case that does not hold the code for the brand, nor another code as the explanation (evals/unknown-codes/judge.ts).',
      `Baseline in the same run: a bot that always answers with the top knowledge-base hit for the customer's words, judged the same way: declines ${baselineDecline} of ${n}, wrong diagnosis ${baselineWrong} of ${n}.`,
      'Measures only, no gate: the fix is a later issue.',
    ],
    metrics: [
      rate(
        'declineRate',
        'decline rate',
        count(outcomes, (o) => o.verdict.passed),
        n,
        { data: 'own', headline: true, baselines: [{ label: topHitLabel, value: n ? baselineDecline / n : 0 }] },
      ),
      rate(
        'wrongDiagnosisRate',
        'wrong diagnosis given',
        count(outcomes, (o) => o.verdict.wrongDiagnosis),
        n,
        { data: 'own', headline: true, better: 'lower', baselines: [{ label: topHitLabel, value: n ? baselineWrong / n : 0 }] },
      ),
      rate(
        'saysUnknownRate',
        'says it has no information on the code',
        count(outcomes, (o) => o.verdict.saysUnknown),
        n,
        { data: 'own' },
      ),
      rate(
        'saysNextStepRate',
        'says what happens next',
        count(outcomes, (o) => o.verdict.saysNextStep),
        n,
        { data: 'own' },
      ),
      ...langRates,
      rate('topHitDeclineRate', 'baseline (top hit): decline rate', baselineDecline, n, { data: 'own' }),
      rate('topHitWrongDiagnosisRate', 'baseline (top hit): wrong diagnosis given', baselineWrong, n, { data: 'own', better: 'lower' }),
      millis('turnP50Ms', 'turn p50 ms', percentile(allMs, 50)),
    ],
    latencies: [{ label: 'unknown-code turn', valuesMs: allMs }],
    transcripts: outcomes.map((o) => o.transcript).sort((a, b) => Number(a.passed) - Number(b.passed)),
    details: outcomes.filter((o) => !o.verdict.passed).map((o) => `[${o.item.lang}] ${o.item.brand} ${o.item.code} (${o.item.id}): ${o.verdict.problems.map((p) => p.split(' / ')[0]).join('; ')}`),
    ms: run.ms,
  };
}
