/**
 * The CLI's command modules, one per file. Add a command by writing `./<name>.ts` exporting a yargs
 * `CommandModule` and listing it here.
 */
import type { CommandModule } from 'yargs';
import { listCommand } from './list.js';
import { generateCommand } from './generate.js';
import { checkCommand } from './check.js';
import { worksheetCommand } from './worksheet.js';
import { gradeCommand } from './grade.js';
import { starterCommand } from './starter.js';
import { autograderCommand } from './autograder.js';
import { mnistReportCommand } from './mnist-report.js';

export const commands: CommandModule<any, any>[] = [listCommand, generateCommand, checkCommand, gradeCommand, worksheetCommand, mnistReportCommand, starterCommand, autograderCommand];
