/**
 * The CLI's command modules, one per file. Add a command by writing `./<name>.ts` exporting a yargs
 * `CommandModule` and listing it here.
 */
import type { CommandModule } from 'yargs';

export const commands: CommandModule<any, any>[] = [];
