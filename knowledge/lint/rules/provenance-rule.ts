/**
 * Every entry says where its facts come from (sourceKind beside the `source` citation) and when
 * someone last checked it (reviewed). Missing either is a warning: the entry still answers
 * customers, but nobody can tell whether it was ever checked. A review date in the future is an
 * error: it claims a check that has not happened.
 */
import { SOURCE_KINDS } from '../../case-schema';
import type { EntryRule } from '../finding';

export const provenanceRule: EntryRule = {
  rule: 'provenance',
  check(entry, { today }) {
    const findings: ReturnType<EntryRule['check']> = [];
    if (!entry.sourceKind) {
      findings.push({
        severity: 'warning',
        field: 'sourceKind',
        text: entry.source,
        message: {
          zh: `没有写明依据类型（${SOURCE_KINDS.join('、')}）`,
          en: `does not say where its facts come from (sourceKind: ${SOURCE_KINDS.join(', ')})`,
        },
      });
    }
    if (!entry.reviewed) {
      findings.push({ severity: 'warning', field: 'reviewed', text: '', message: { zh: '没有写明最近审核日期（reviewed）', en: 'does not say when it was last reviewed (reviewed: YYYY-MM-DD)' } });
    } else if (entry.reviewed > today) {
      findings.push({
        severity: 'error',
        field: 'reviewed',
        text: entry.reviewed,
        message: { zh: `审核日期 ${entry.reviewed} 晚于今天 ${today}`, en: `review date ${entry.reviewed} is after today (${today})` },
      });
    }
    return findings;
  },
};
