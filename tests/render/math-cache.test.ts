/**
 * The KaTeX shape cache (html-target.ts renderMath) gives byte-identical output to rendering each
 * formula directly, for every formula of every registered exercise over many seeds, en and ja.
 */
import { describe, expect, it } from 'vitest';
import { renderMath, renderMathDirect } from '../../generator/render/html-target.js';
import { buildSheet } from '../../generator/worksheet/sheet.js';
import { defaultSpec } from '../../generator/worksheet/spec.js';
import { sheetView } from '../../generator/render/view.js';

function formulas(seed: number, lang: 'en' | 'ja'): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (const q of sheetView(buildSheet(defaultSpec(), { id: `m${seed}`, name: '' }, { seed, title: 'T', lang })).questions) {
    const text = [q.statement, ...q.parts.map((p) => p.prompt), ...q.steps.map((s) => s.title)].join('\n');
    for (const m of text.matchAll(/\$\$([\s\S]+?)\$\$|\$((?:\\.|[^$\\\n])+?)\$/g)) out.push(m[1] !== undefined ? [m[1].trim(), true] : [m[2]!, false]);
    for (const a of q.answers) out.push([a.value, false]);
    for (const s of q.steps) for (const m of s.math) out.push([m, true]);
  }
  return out;
}

describe('KaTeX shape cache', () => {
  it('renders exactly what KaTeX renders, formula by formula', () => {
    let n = 0;
    for (const lang of ['en', 'ja'] as const) {
      for (let seed = 1; seed <= 30; seed++) {
        for (const [tex, display] of formulas(seed, lang)) {
          const direct = renderMathDirect(tex, display);
          if (renderMath(tex, display) !== direct) expect.fail(`differs for ${JSON.stringify(tex)}`);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(500);
  });
  it('handles units, numbers touching letters, and lone digits', () => {
    for (const tex of ['\\kern 1em x = 2', '3x^2 + 10^{-3}', 'w^{2}_{13} = -0.25', '\\frac{1}{2}', 'a \\\\[2pt] b', '\\text{step 1: } 1.5.', '80018', '\\sqrt[3]{8}']) {
      expect(renderMath(tex, false), tex).toBe(renderMathDirect(tex, false));
    }
  });
});
