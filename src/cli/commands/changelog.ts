// `model-incident changelog add <file> --version V --date D [...]`: appends one entry to a model changelog,
// keeping every comment and the layout; creates the file when there is none. Exit 2, with the file's line
// and column when there is one, on a file it cannot safely change.
import { DocumentError } from '../../core/documents/documentError';
import type { NewChangelogEntry } from '../../core/documents/changelog';
import { appendChangelogEntry, newChangelogText } from '../../core/documents/changelogAppend';
import type { AlertDefinition } from '../../core/documents/postmortem';
import { walkArgs } from '../argv';
import { ExitCode, UsageError, type CliCommand } from '../command';
import { createExclusively, readRegularFile, replaceIfUnchanged } from './safeWrite';

const usage =
  'changelog add <file> --version V --date YYYY-MM-DD [--incident ID] [--root-cause TEXT] [--drift-signal TEXT] [--resolution TEXT] [--alert name=N,threshold=T,channel=C]...';

export interface ChangelogAddArgs {
  readonly file: string;
  readonly entry: NewChangelogEntry;
}

const textFlags = { '--incident': 'incident', '--root-cause': 'root_cause', '--drift-signal': 'drift_signal', '--resolution': 'resolution' } as const;

export function parseChangelogAddArgs(argv: readonly string[]): ChangelogAddArgs {
  const [sub, ...rest] = argv;
  if (sub !== 'add') throw new UsageError(`expected 'add'${sub === undefined ? '' : `, not '${sub}'`}\nUsage: model-incident ${usage}`);
  const fields: Record<string, string> = {};
  const alerts: AlertDefinition[] = [];
  const positional = walkArgs(rest, usage, (flag, value) => {
    if (flag === '--version' || flag === '--date') fields[flag.slice(2)] = value();
    else if (flag in textFlags) fields[textFlags[flag as keyof typeof textFlags]] = value();
    else if (flag === '--alert') alerts.push(parseAlert(value()));
    else return false;
    return true;
  });
  if (positional.length !== 1) throw new UsageError(`expected one changelog file, got ${positional.length}\nUsage: model-incident ${usage}`);
  if (!fields.version) throw new UsageError('--version is required');
  if (!fields.date) throw new UsageError('--date is required (YYYY-MM-DD)');
  const { version, date, ...optional } = fields;
  return { file: positional[0]!, entry: { version, date, ...optional, ...(alerts.length > 0 ? { new_alerts_added: alerts } : {}) } };
}

/** `name=drift.income.psi,threshold=0.2,channel=#ml-oncall`; a value may contain commas not followed by a key. */
export function parseAlert(text: string): AlertDefinition {
  const parts = text.split(/,(?=\s*(?:name|threshold|channel)=)/);
  const fields = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    if (eq < 0 || !['name', 'threshold', 'channel'].includes(key)) throw new UsageError(`--alert: '${part}' is not name=…, threshold=… or channel=…`);
    if (fields.has(key)) throw new UsageError(`--alert: ${key} given twice`);
    fields.set(key, part.slice(eq + 1).trim());
  }
  const missing = ['name', 'threshold', 'channel'].filter((k) => !fields.get(k));
  if (missing.length > 0) throw new UsageError(`--alert needs ${missing.join(', ')} (name=…,threshold=…,channel=…)`);
  const threshold = fields.get('threshold')!;
  const number = Number(threshold);
  return { name: fields.get('name')!, threshold: threshold.trim() !== '' && Number.isFinite(number) ? number : threshold, channel: fields.get('channel')! };
}

export const changelogCommand: CliCommand = {
  name: 'changelog',
  usage,
  summary: 'Add an entry to a model changelog, keeping its comments and layout (creates the file if missing).',
  async run(argv, io) {
    const { file, entry } = parseChangelogAddArgs(argv);
    const before = readRegularFile(file);
    try {
      if (before === undefined) {
        createExclusively(file, newChangelogText(entry));
        io.out(file);
      } else {
        const result = appendChangelogEntry(before, file, entry);
        replaceIfUnchanged(file, before, result.text);
        io.out(`${file}:${result.line}`);
      }
    } catch (error) {
      if (error instanceof DocumentError) {
        io.err(`model-incident changelog: not changing ${file}: ${error.message}`);
        return ExitCode.badInput;
      }
      throw error;
    }
    return ExitCode.ok;
  },
};
