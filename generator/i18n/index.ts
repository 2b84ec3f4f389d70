/**
 * Message tables: every text a person reads (statements, prompts, steps' titles, feedback, headings)
 * comes from a table keyed by a message id with one string per language. Each module keeps its own
 * table next to it; `allTables()` in exercises/index.ts gathers them into the one table that the
 * tests check (every id has every language, no id defined twice).
 *
 * @example
 *   const t = translator({ 'hello': { en: 'Hello {name}', ja: 'こんにちは {name}' } });
 *   t('ja', 'hello', { name: 'Kuba' });   // 'こんにちは Kuba'
 */
import type { Lang } from '../../exercises/types.js';

export type Messages = Record<string, Record<Lang, string>>;
export type Translate = (lang: Lang, id: string, vars?: Record<string, string | number>) => string;

export function translator(...tables: Messages[]): Translate {
  const merged: Messages = Object.assign({}, ...tables);
  return (lang, id, vars) => {
    const entry = merged[id];
    if (!entry) throw new Error(`i18n: no message "${id}"`);
    const text = entry[lang] ?? entry.en;
    return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
  };
}

export function parseLang(raw: unknown): Lang {
  if (raw === undefined || raw === 'en') return 'en';
  if (raw === 'ja') return 'ja';
  throw new Error(`--lang should be en or ja, got ${JSON.stringify(raw)}`);
}
