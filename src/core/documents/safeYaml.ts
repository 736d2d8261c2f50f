// Reading YAML from a repository that anyone may have written: a size cap, unique keys, no aliases (these
// files never need them, and refusing them up front makes a billion-laughs file fail in microseconds
// instead of expanding), one document per file, and every error with its line and column.
import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { DocumentError } from './documentError';

/** Changelogs, postmortems and runbook state are small; anything bigger is not one of ours. */
export const maxYamlBytes = 2 * 1024 * 1024;

export interface ParsedYaml {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** The plain data (objects, arrays, strings, numbers, booleans, null). */
  readonly data: unknown;
}

export interface SafeYamlOptions {
  readonly maxBytes?: number;
}

export function parseYamlSafely(text: string, path: string, options: SafeYamlOptions = {}): ParsedYaml {
  const maxBytes = options.maxBytes ?? maxYamlBytes;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new DocumentError(`file is ${bytes} bytes, more than the ${maxBytes} this reader accepts`, { path });
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true, keepSourceTokens: false });
  // Warnings are refused too: an unknown tag (`!!js/function`, `!!python/object`) is a warning to yaml.
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw new DocumentError(firstLine(first.message), { path, line: pos?.line, col: pos?.col });
  }
  visit(doc, {
    Alias(_key, node) {
      const pos = node.range ? lineCounter.linePos(node.range[0]) : undefined;
      throw new DocumentError(`aliases (*${node.source}) are not allowed in this file; write the value out`, { path, line: pos?.line, col: pos?.col });
    },
  });
  // maxAliasCount 0 is a second lock: the visit above has already refused every alias.
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  return { doc, lineCounter, data };
}

/** Where a node starts, as a DocumentError location. */
export function locationOf(parsed: ParsedYaml, path: string, node: unknown): { path: string; line?: number; col?: number } {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range) return { path };
  const pos = parsed.lineCounter.linePos(range[0]);
  return { path, line: pos.line, col: pos.col };
}

/**
 * Where the value at a JSON Pointer (an Ajv `instancePath`, `/entries/2/date`) starts. A pointer to a
 * missing field is reported at the nearest parent that exists.
 */
export function locationAtPointer(parsed: ParsedYaml, path: string, instancePath: string): { path: string; line?: number; col?: number } {
  const keys = instancePath
    .split('/')
    .slice(1)
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  for (let n = keys.length; n >= 0; n--) {
    const node = parsed.doc.getIn(keys.slice(0, n), true);
    if (isNode(node) && node.range) return locationOf(parsed, path, node);
  }
  return { path };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
