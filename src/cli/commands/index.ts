// The CLI's subcommands, in the order `model-incident --help` lists them.
import type { CliCommand } from '../command';

export const commands: readonly CliCommand[] = [];
