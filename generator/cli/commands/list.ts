/** `dlf list [--json]` — the exercises with their options and parts. */
import type { CommandModule } from 'yargs';
import { exercises } from '../../../exercises/index.js';
import { makeProblem, solveProblem } from '../../engine/problem.js';

export interface ExerciseInfo {
  id: string;
  title: string;
  summary: string;
  options: { name: string; description: string; values?: readonly string[]; default?: string }[];
  parts: { key: string; kind: string }[];
}

export function listExercises(): ExerciseInfo[] {
  return exercises.map((ex) => {
    const { parts } = solveProblem(makeProblem(ex.id, { seed: 1 }));
    return {
      id: ex.id,
      title: ex.title('en'),
      summary: ex.summary,
      options: ex.options.map((o) => ({ name: o.name, description: o.description, values: o.values, default: o.default })),
      parts: parts.map((p) => ({ key: p.key, kind: p.kind })),
    };
  });
}

export function listText(infos: ExerciseInfo[]): string {
  const lines: string[] = [];
  for (const e of infos) {
    lines.push(`${e.id} — ${e.summary}`);
    for (const o of e.options) {
      const vals = o.values ? ` (${o.values.join(' | ')})` : '';
      lines.push(`    --option ${o.name}=…  ${o.description}${vals}${o.default !== undefined ? `, default ${o.default}` : ''}`);
    }
    lines.push(`    parts: ${e.parts.map((p) => `${p.key} (${p.kind})`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export const listCommand: CommandModule<object, { json?: boolean }> = {
  command: 'list',
  describe: 'List the exercises with their options and parts',
  builder: (y) => y.option('json', { type: 'boolean', describe: 'Machine-readable output' }).example('$0 list --json', ''),
  handler: (argv) => {
    const infos = listExercises();
    process.stdout.write(argv.json ? `${JSON.stringify(infos, null, 2)}\n` : listText(infos));
  },
};
