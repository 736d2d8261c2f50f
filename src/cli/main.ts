// `model-incident`: the same core as the extension, for terminals and CI pipelines.
import { ExitCode, UsageError, type CliIo } from './command';
import { commands } from './commands/index';

declare const PACKAGE_VERSION: string | undefined;

const io: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    'model-incident: find what drifted in a model\'s prediction logs, and write the incident down.',
    '',
    'Usage: model-incident <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `model-incident <command> --help` for a command\'s options.',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return ExitCode.ok;
  }
  if (name === '--version') {
    io.out(typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev');
    return ExitCode.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`model-incident: unknown command '${name}'\n\n${help()}`);
    return ExitCode.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: model-incident ${command.usage}\n\n${command.summary}`);
    return ExitCode.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err(`model-incident ${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof UsageError) && process.env.MODEL_INCIDENT_DEBUG) io.err(String((error as Error).stack));
    return ExitCode.badInput;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
