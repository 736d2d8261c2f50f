// The one argument walker every subcommand uses: `--flag value`, `--flag=value`, bare switches and
// positionals, in order. Each command says what its flags mean; the walker owns the syntax and the
// messages for a missing value or an unknown option.
import { UsageError } from './command';

export interface FlagValue {
  /** The `=` part, or else the next argument; an absent or empty value is a usage error. */
  (): string;
}

/**
 * Calls `onFlag` for every argument that starts with `-` (but `-`, which names stdin), and returns the
 * positionals. `onFlag` returns false for a flag it does not know, which is reported with the usage line.
 */
export function walkArgs(argv: readonly string[], usage: string, onFlag: (flag: string, value: FlagValue) => boolean): string[] {
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value: FlagValue = () => {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (!onFlag(flag, value)) throw new UsageError(`unknown option '${arg}'\nUsage: model-incident ${usage}`);
  }
  return positionals;
}

/** A comma-separated list flag (`--segment-by a,b`): trimmed, empty parts dropped, at least one. */
export function listValue(flag: string, value: FlagValue, what: string): string[] {
  const items = value()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0) throw new UsageError(`${flag} needs at least one ${what}`);
  return items;
}
