// The CLI's subcommands, in the order `model-incident --help` lists them.
import type { CliCommand } from '../command';
import { driftCommand } from './drift';

export const commands: readonly CliCommand[] = [driftCommand];
