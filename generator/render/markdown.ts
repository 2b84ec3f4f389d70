/**
 * The small Markdown dialect of statements, prompts and step titles — paragraphs, `- ` and `1. `
 * lists, **bold**, *italic*, `code`, $inline$ and $$display$$ LaTeX — converted for one target
 * (HTML with KaTeX, or LaTeX). Math and code are cut out first, so `*` and `_` inside them are safe.
 *
 * @example
 *   const html = markdownBlocks('Let $z = wx + b$. **Compute** $a$.', htmlTarget);
 *   const tex = markdownInline('the *one-hot* vector $y$', texTarget);
 */
export interface Target {
  /** Escape plain text. */
  text: (s: string) => string;
  math: (tex: string, display: boolean) => string;
  code: (s: string) => string;
  bold: (s: string) => string;
  italic: (s: string) => string;
  paragraph: (s: string) => string;
  list: (items: string[], ordered: boolean) => string;
}

const TOKEN = /\$\$([\s\S]+?)\$\$|\$((?:\\.|[^$\\\n])+?)\$|`([^`\n]+)`/g;

export function markdownInline(md: string, target: Target): string {
  const pieces: string[] = [];
  const cut = md.replace(TOKEN, (_m, display?: string, inline?: string, code?: string) => {
    pieces.push(display !== undefined ? target.math(display.trim(), true) : inline !== undefined ? target.math(inline, false) : target.code(code!));
    return `\u0000${pieces.length - 1}\u0000`;
  });
  let s = target.text(cut);
  s = s.replace(/\*\*([^*]+?)\*\*/g, (_m, b: string) => target.bold(b));
  s = s.replace(/(^|[^*\w])\*([^*\s](?:[^*]*?[^*\s])?)\*(?![*\w])/g, (_m, pre: string, i: string) => pre + target.italic(i));
  return s.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => pieces[Number(i)]!);
}

const ITEM = /^\s*(?:([-*])|(\d+)[.)])\s+/;

export function markdownBlocks(md: string, target: Target): string {
  const blocks: string[] = [];
  let para: string[] = [];
  let items: string[] = [];
  let ordered = false;
  let inDisplay = false;
  const flushPara = () => {
    if (para.length) blocks.push(target.paragraph(markdownInline(para.join('\n'), target)));
    para = [];
  };
  const flushList = () => {
    if (items.length) blocks.push(target.list(items.map((i) => markdownInline(i, target)), ordered));
    items = [];
  };
  for (const line of md.replace(/\r\n?/g, '\n').split('\n')) {
    const item = inDisplay ? null : ITEM.exec(line);
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) inDisplay = !inDisplay;
    if (item && para.length === 0) {
      if (items.length && ordered !== Boolean(item[2])) flushList();
      ordered = Boolean(item[2]);
      items.push(line.slice(item[0].length));
    } else if (line.trim() === '' && !inDisplay) {
      flushPara();
      flushList();
    } else if (items.length && /^\s+\S/.test(line)) {
      items[items.length - 1] += `\n${line.trim()}`;
    } else {
      flushList();
      para.push(line);
    }
  }
  flushPara();
  flushList();
  return blocks.join('\n');
}
