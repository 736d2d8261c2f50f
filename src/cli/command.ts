// The shape of one CLI subcommand. Exit codes are the CLI's contract with CI pipelines:
// 0 ok, 1 the check failed its --fail-on level, 2 bad input or usage.
export const ExitCode = { ok: 0, failOn: 1, badInput: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(argv: readonly string[], io: CliIo): Promise<ExitCode>;
}

/** Thrown for wrong usage or unreadable input; main prints the message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
