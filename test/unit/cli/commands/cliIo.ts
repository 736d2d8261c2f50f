// Captures what a CLI command prints, for tests.
import type { CliIo } from '../../../../src/cli/command';

export function captureIo(): CliIo & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}
