// `model-incident profile <file>`: load one prediction log and print what the data layer made of it
// (rows, each column's Arrow type, kind, role, nulls, distinct values, range, quantiles or top
// categories, load time), as a readable table or as JSON. Bad input exits 2 with `path:line: message`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseWorkspaceConfig } from '../../core/config/workspaceConfig';
import { loadTable } from '../../core/table/loadTable';
import { profileTable, type ColumnProfile, type TableProfile } from '../../core/table/profile';
import { formatLocation, LoadError, type KindRoleOverride } from '../../core/table/types';
import { listValue, walkArgs } from '../argv';
import { ExitCode, UsageError, type CliCommand } from '../command';

export interface ProfileArgs {
  readonly file: string;
  readonly json: boolean;
  readonly columns?: readonly string[];
  readonly delimiter?: string;
  readonly config?: string;
}

const usage = 'profile <file> [--json] [--columns a,b] [--delimiter X] [--config FILE]';

const DELIMITER_NAMES: Readonly<Record<string, string>> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };

export function parseProfileArgs(argv: readonly string[]): ProfileArgs {
  let json = false;
  let columns: string[] | undefined;
  let delimiter: string | undefined;
  let config: string | undefined;
  const positional = walkArgs(argv, usage, (flag, value) => {
    switch (flag) {
      case '--json':
        json = true;
        return true;
      case '--columns':
        columns = listValue(flag, value, 'column name');
        return true;
      case '--delimiter': {
        const raw = value();
        delimiter = DELIMITER_NAMES[raw.toLowerCase()] ?? raw;
        if (delimiter.length !== 1) throw new UsageError(`--delimiter: '${raw}' is not one character (or tab, comma, semicolon, pipe)`);
        return true;
      }
      case '--config':
        config = value();
        return true;
      default:
        return false;
    }
  });
  if (positional.length !== 1) throw new UsageError(`expected one file, got ${positional.length}\nUsage: model-incident ${usage}`);
  return { file: positional[0]!, json, ...(columns ? { columns } : {}), ...(delimiter ? { delimiter } : {}), ...(config ? { config } : {}) };
}

function configOverrides(args: ProfileArgs): ReadonlyMap<string, KindRoleOverride> | undefined {
  const path = args.config ? resolve(args.config) : join(process.cwd(), CONFIG_FILE_NAME);
  if (!existsSync(path)) {
    if (args.config) throw new UsageError(`--config: ${args.config} does not exist`);
    return undefined;
  }
  return parseWorkspaceConfig(readFileSync(path, 'utf8'), path).columns;
}

export const profileCommand: CliCommand = {
  name: 'profile',
  usage,
  summary: 'Load one log (CSV, JSONL, Arrow/Feather, Parquet) and print its columns: type, kind, role, nulls, distinct, range, quantiles.',
  async run(argv, io) {
    const args = parseProfileArgs(argv);
    const overrides = configOverrides(args);
    let profile: TableProfile;
    try {
      const loaded = await loadTable(args.file, {
        ...(args.columns ? { columns: args.columns } : {}),
        ...(args.delimiter ? { delimiter: args.delimiter } : {}),
        ...(overrides ? { overrides } : {}),
      });
      profile = profileTable(loaded);
    } catch (error) {
      if (error instanceof LoadError) {
        io.err(error.message);
        return ExitCode.badInput;
      }
      throw error;
    }
    io.out(args.json ? JSON.stringify(profile, null, 2) : renderProfile(profile));
    return ExitCode.ok;
  },
};

/** The profile as aligned plain-text tables, then skipped rows and warnings as `path:line: message`. */
export function renderProfile(profile: TableProfile): string {
  const lines = [
    `${profile.path}: ${profile.format}, ${profile.rows} rows, ${profile.columns.length} columns, loaded in ${profile.loadMs.toFixed(0)} ms`,
    '',
  ];
  const header = ['column', 'arrow type', 'kind', 'role', 'nulls', 'distinct', 'min', 'p50', 'max', 'mean / top categories'];
  const rows = profile.columns.map((c) => [
    c.name + (c.source === 'override' ? ' *' : ''),
    c.arrowType,
    c.kind,
    c.role,
    String(c.nullCount),
    `${c.distinct.exact ? '' : '~'}${c.distinct.count}`,
    show(c.min),
    show(c.quantiles?.find((q) => q.p === 0.5)?.value),
    show(c.max),
    summary(c),
  ]);
  lines.push(...table([header, ...rows]));
  if (profile.columns.some((c) => c.source === 'override')) lines.push('', '* kind or role set by the workspace config');
  if (profile.columns.some((c) => !c.distinct.exact)) lines.push('', '~ distinct count estimated (K-minimum-values, about ±2%)');
  for (const skipped of profile.skipped) {
    lines.push(`${formatLocation(skipped.first)}: skipped ${skipped.count} row${skipped.count === 1 ? '' : 's'}: ${skipped.reason} (first here)`);
  }
  for (const issue of profile.issues) lines.push(`${formatLocation(issue.location)}: ${issue.severity}: ${issue.message}`);
  return lines.join('\n');
}

function summary(c: ColumnProfile): string {
  if (c.mean !== undefined) return `mean ${show(c.mean)}${c.nonFiniteCount ? `, ${c.nonFiniteCount} ±inf` : ''}`;
  if (c.topCategories && c.topCategories.length > 0) {
    return c.topCategories.slice(0, 3).map((t) => `${truncate(t.value, 20)} (${t.count})`).join(', ');
  }
  return '';
}

function show(value: number | string | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(6)).toString();
}

function truncate(text: string, width: number): string {
  const oneLine = text.replace(/[\r\n\t]/g, ' ');
  return oneLine.length > width ? `${oneLine.slice(0, width - 1)}…` : oneLine;
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => Math.min(truncate(r[i] ?? '', 40).length, 40))));
  return rows.map((r) => r.map((cell, i) => truncate(cell, 40).padEnd(widths[i]!)).join('  ').trimEnd());
}
