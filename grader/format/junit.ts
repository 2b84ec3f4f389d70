/**
 * JUnit XML (one <testsuite> per function, one <testcase> per case) for CI systems and LMS
 * autograders that read it. Scores are in <properties>.
 *
 * @example
 *   writeFileSync('report.xml', formatJunit(report));
 */
import type { Report } from '../report.js';

export function xmlEscape(s: string): string {
  return s
    // Characters XML 1.0 cannot contain at all (student output may have them).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '?')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const secs = (ms: number): string => (ms / 1000).toFixed(3);

export function formatJunit(r: Report): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = r.tests.filter((t) => t.status === 'failed').length;
  const errors = r.tests.filter((t) => t.status === 'error' || t.status === 'timeout').length;
  const total = r.tests.reduce((s, t) => s + t.durationMs, 0);
  out.push(`<testsuites name="dlf grade" tests="${r.tests.length}" failures="${failures}" errors="${errors}" time="${secs(total)}">`);
  for (const f of r.functions) {
    const mine = r.tests.filter((t) => t.function === f.name);
    const fl = mine.filter((t) => t.status === 'failed').length;
    const er = mine.length - fl - f.passed;
    out.push(`  <testsuite name="${xmlEscape(f.name)}" tests="${mine.length}" failures="${fl}" errors="${er}" time="${secs(mine.reduce((s, t) => s + t.durationMs, 0))}">`);
    out.push(`    <properties><property name="score" value="${f.score}"/><property name="maxScore" value="${f.maxScore}"/></properties>`);
    for (const t of mine) {
      const open = `    <testcase name="${xmlEscape(t.name)}" classname="dlf.${xmlEscape(f.name)}" time="${secs(t.durationMs)}"`;
      if (t.status === 'passed') {
        out.push(`${open}/>`);
        continue;
      }
      const tag = t.status === 'failed' ? 'failure' : 'error';
      const body = t.hint ? `hint: ${t.hint}` : '';
      out.push(`${open}>`, `      <${tag} type="${t.status}" message="${xmlEscape(t.message)}">${xmlEscape(body)}</${tag}>`, '    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
