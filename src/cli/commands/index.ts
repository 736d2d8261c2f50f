// The CLI's subcommands, in the order `model-incident --help` lists them.
import type { CliCommand } from '../command';
import { changelogCommand } from './changelog';
import { driftCommand } from './drift';
import { profileCommand } from './profile';
import { postmortemCommand } from './postmortem';

export const commands: readonly CliCommand[] = [driftCommand, changelogCommand, postmortemCommand, profileCommand];
