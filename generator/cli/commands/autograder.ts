/**
 * `dlf autograder github --starter DIR --key-out FILE [--force]` — encrypt the hidden suite into
 * the starter (`.dlf/suite.enc`) and write the key (mode 0600, never printed).
 * `dlf autograder gradescope --out autograder.zip [--hidden-visibility after_due_date|…]` — build
 * Gradescope's autograder zip.
 *
 * @example
 *   dlf autograder github --starter ../dl-assignment --key-out ~/dl-suite-key.txt
 *   dlf autograder gradescope --out autograder.zip --hidden-visibility after_published
 */
import type { Argv, CommandModule } from 'yargs';
import { buildGithubSuite } from '../../../grader/classroom/github-suite.js';
import { buildGradescopeZip } from '../../../grader/classroom/gradescope-zip.js';
import { VISIBILITIES } from '../../../grader/classroom/runtime/gradescope.js';

interface GithubArgs {
  starter: string;
  keyOut: string;
  force: boolean;
}
interface GradescopeArgs {
  out: string;
  hiddenVisibility: string;
}

const github: CommandModule<object, GithubArgs> = {
  command: 'github',
  describe: 'Encrypt the hidden suite into a starter repository for GitHub Classroom; write the key to a file',
  builder: (y) =>
    y
      .option('starter', { type: 'string', default: '.', describe: 'The starter repository (from `dlf starter`)' })
      .option('key-out', { type: 'string', demandOption: true, describe: 'Where to write the key (mode 0600; outside the repository)' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace an existing key file' }) as never,
  handler: async (argv) => {
    const r = await buildGithubSuite({ starterDir: argv.starter, keyOut: argv.keyOut, force: argv.force });
    process.stdout.write(
      `wrote ${r.suiteFile} (${r.bytes} bytes, encrypted) and the key to ${r.keyFile} (mode 0600)\n` +
        `next: gh secret set DLF_SUITE_KEY --org <org> --visibility all < ${argv.keyOut}   (or, for one repository: gh secret set DLF_SUITE_KEY --repo <owner/repo> < ${argv.keyOut})\n`,
    );
  },
};

const gradescope: CommandModule<object, GradescopeArgs> = {
  command: 'gradescope',
  describe: "Build Gradescope's autograder.zip (setup.sh, run_autograder, grader, hidden suite)",
  builder: (y) =>
    y
      .option('out', { type: 'string', default: 'autograder.zip', describe: 'The zip to write' })
      .option('hidden-visibility', { choices: VISIBILITIES, default: 'after_due_date', describe: 'When students see the hidden cases\' results' }) as never,
  handler: async (argv) => {
    const r = await buildGradescopeZip({ out: argv.out, hiddenVisibility: argv.hiddenVisibility });
    process.stdout.write(`wrote ${r.file} (${r.entries.length} files); upload it as the assignment's autograder (Configure Autograder → Zip file upload)\n`);
  },
};

export const autograderCommand: CommandModule = {
  command: 'autograder <target>',
  describe: 'Package the hidden tests for GitHub Classroom (encrypted) or Gradescope (zip)',
  builder: (y: Argv) => y.command(github as never).command(gradescope as never).demandCommand(1, 'Name a target: github or gradescope'),
  handler: () => {},
};
