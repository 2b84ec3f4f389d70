/**
 * Rendered sheets: snapshots for a fixed spec (one-hot with fixed params — stable while other
 * exercises' texts change), byte-identical output for the same seed, no URLs in the HTML, no KaTeX
 * error markup, in English and Japanese, for every registered exercise.
 */
import { describe, expect, it } from 'vitest';
import { buildSheet } from '../../generator/worksheet/sheet.js';
import { defaultSpec, parseSpec } from '../../generator/worksheet/spec.js';
import { formatView, sheetView } from '../../generator/render/view.js';
import { classKeyIndex, CombinedKeys, keyChunks, studentFiles, type Views } from '../../generator/render/files.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplates } from '../../generator/render/templates.js';
import { answersTemplate } from '../../generator/worksheet/answers.js';
import { mathProblems } from '../../generator/render/html-target.js';
import type { Lang } from '../../exercises/types.js';

const tpl = loadTemplates();
const fixed = parseSpec({
  title: 'Snapshot: one-hot',
  questions: [{ exercise: 'one-hot', params: { classes: 4, label: 1, vector: [0, 0, 1, 0] }, points: 2 }],
}, 'test');

function render(spec = fixed, lang: Lang = 'en', id = 's001', seed = 5) {
  const sheet = buildSheet(spec, { id, name: 'Higa Yui' }, { seed, title: spec.title ?? 'Worksheet', lang });
  const view = sheetView(sheet);
  const views: Views = { md: formatView(view, 'md'), html: formatView(view, 'html'), tex: formatView(view, 'tex') };
  const files = Object.fromEntries(studentFiles(views, tpl).map((f) => [f.file, f.content]));
  files['answers.yaml'] = answersTemplate(view);
  const dir = mkdtempSync(join(tmpdir(), 'dlf-render-'));
  const keys = new CombinedKeys(dir, tpl, ['md', 'html', 'tex'], { lang, title: spec.title ?? 'Worksheet' });
  keys.add(keyChunks(views, tpl, false));
  keys.add(keyChunks(views, tpl, true));
  keys.close();
  for (const f of ['md', 'html', 'tex']) files[`combined-key.${f}`] = readFileSync(join(dir, `key.${f}`), 'utf8');
  files['key-index.html'] = classKeyIndex(tpl, { lang, title: spec.title ?? 'Worksheet' }, [{ id, name: 'Higa Yui' }, { id: 'B-02', name: '<Kinjo> & Ren' }], 7);
  return files;
}

describe('snapshots (fixed spec)', () => {
  const files = render();
  for (const name of ['worksheet.md', 'key.md', 'worksheet.tex', 'key.tex', 'worksheet.html', 'answers.yaml']) {
    it(name, async () => {
      await expect(files[name]).toMatchFileSnapshot(`./__snapshots__/one-hot.${name}`);
    });
  }
});

describe.each(['en', 'ja'] as const)('every registered exercise, lang %s', (lang) => {
  const a = render(defaultSpec(), lang, 'A01', 42);
  const b = render(defaultSpec(), lang, 'A01', 42);
  const html = Object.entries(a).filter(([f]) => f.endsWith('.html'));

  it('renders byte-identical output for the same seed', () => {
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const k of Object.keys(a)) expect(b[k] === a[k], `${k} differs`).toBe(true);
  });

  it('has no external URLs in the HTML', () => {
    for (const [name, text] of html) {
      // Namespace declarations (KaTeX's tall brackets are inline SVG) name no resource; anything else would be fetched.
      const urls = text.replace(/xmlns(:\w+)?="http:\/\/www\.w3\.org\/[^"]*"/g, '').match(/https?:\/\/[^\s"')]*/g) ?? [];
      expect(urls, name).toEqual([]);
      const refs = [...text.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
      for (const ref of refs) expect(ref, `${name}: ${ref}`).toMatch(/^((\.\.\/\.\.\/assets|assets)\/[\w./-]+|students\/[\w.-]+\/(key|worksheet)\.html)$/);
    }
  });

  it('has no KaTeX error markup', () => {
    for (const [name, text] of html) {
      expect(text.includes('katex-error'), `${name} has katex-error`).toBe(false);
      expect(text.includes('math-fallback'), `${name} has math-fallback`).toBe(false);
    }
    expect(mathProblems()).toEqual([]);
  });

  it('escapes the title in every HTML page', () => {
    const spec = { ...defaultSpec(), title: 'A <b>&</b> "B"' };
    const files = render(spec, lang, 'A01', 1);
    for (const name of ['worksheet.html', 'key.html', 'combined-key.html', 'key-index.html']) {
      expect(files[name]!.includes('<title>A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;</title>'), name).toBe(true);
    }
  });

  it('links every student\'s key and worksheet from the class key index, names escaped', () => {
    const index = a['key-index.html']!;
    expect(index).toContain('href="students/A01/key.html"');
    expect(index).toContain('href="students/B-02/worksheet.html"');
    expect(index).toContain('&lt;Kinjo&gt; &amp; Ren');
    expect(index).toContain(`<html lang="${lang}">`);
    expect(index.length).toBeLessThan(4000);
  });

  it('writes the page in the requested language', () => {
    expect(a['worksheet.html']!.includes(`<html lang="${lang}">`)).toBe(true);
    expect(a['worksheet.md']!.includes(lang === 'ja' ? '問 1' : 'Question 1')).toBe(true);
  });

  it('balances LaTeX environments and braces in the .tex', () => {
    for (const name of ['worksheet.tex', 'key.tex']) {
      const tex = a[name]!;
      const begins = [...tex.matchAll(/\\begin\{(\w+\*?)\}/g)].map((m) => m[1]);
      const ends = [...tex.matchAll(/\\end\{(\w+\*?)\}/g)].map((m) => m[1]);
      expect(ends.sort(), name).toEqual(begins.sort());
      const stripped = tex.replace(/\\[{}]/g, '');
      expect(stripped.split('{').length, name).toBe(stripped.split('}').length);
    }
  });

  it('gives a different student different numbers', () => {
    const other = render(defaultSpec(), lang, 'A02', 42);
    expect(other['worksheet.md'] !== a['worksheet.md']).toBe(true);
  });
});

describe('--templates override', () => {
  it('uses a template found in the override directory, the default otherwise; errors name the file', async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'dlf-tpl-'));
    writeFileSync(join(dir, 'worksheet.md.hbs'), 'CUSTOM {{title}} for {{student.id}}\n');
    const custom = loadTemplates(dir);
    const view = formatView(sheetView(buildSheet(fixed, { id: 'x1', name: '' }, { seed: 1, title: 'T', lang: 'en' })), 'md');
    expect(custom.render('worksheet.md', view)).toBe('CUSTOM T for x1\n');
    expect(custom.render('key.md', { heading: 'K', title: 'T', labels: view.labels, sheets: [view] })).toContain('# K — T');
    writeFileSync(join(dir, 'key.md.hbs'), '{{#each sheets}}{{nope}}{{/each}}');
    expect(() => loadTemplates(dir).render('key.md', { sheets: [view] })).toThrow(/template .*key\.md\.hbs: "nope" not defined/);
    writeFileSync(join(dir, 'key.md.hbs'), '{{#each sheets}');
    expect(() => loadTemplates(dir).render('key.md', { sheets: [] })).toThrow(/template .*key\.md\.hbs: Parse error/);
  });
});
