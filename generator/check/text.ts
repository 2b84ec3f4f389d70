/**
 * One line of a text check report per part: mark, key, verdict (in the report's language), score
 * and feedback. Shared by `dlf check <exercise>` and `dlf check --worksheet`.
 *
 * @example
 *   partLine(result, 'q1.z', 12, 'ja')   // '  ✓ q1.z         正解          1/1'
 */
import type { Lang } from '../../exercises/types.js';
import { translator } from '../i18n/index.js';
import { checkMessages } from '../i18n/check-messages.js';
import type { PartResult } from './mark.js';

const t = translator(checkMessages);
const MARK = { correct: '✓', incorrect: '✗', 'format-error': '?', undecided: '~' } as const;

export function partLine(p: PartResult, label: string, width: number, lang: Lang): string {
  const fb = p.feedback.length ? `  ${p.feedback.join(' ')}` : '';
  const verdict = lang === 'en' ? p.verdict : t(lang, `check.verdict.${p.verdict}`);
  return `  ${MARK[p.verdict]} ${label.padEnd(width)} ${verdict.padEnd(12)} ${p.score}/${p.points}${fb}`;
}

/** The closing line of a one-problem report: `score: 7/10`. */
export function scoreLine(score: number, maxScore: number, lang: Lang): string {
  return `${t(lang, 'check.score')}: ${score}/${maxScore}`;
}
