// Reads the import graph of src/ and webview/ and fails when a row of ARCHITECTURE.md's boundary table
// breaks. Imports are read with the TypeScript scanner's view of the source (static imports, `import type`,
// dynamic `import()` and `require()`), so a comment or string that mentions a path does not count.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

type Room = 'core' | 'protocol' | 'threads' | 'extension' | 'worker' | 'cli' | 'webview';

interface Import {
  readonly from: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
}

const root = resolve(__dirname, '../..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function importsOf(path: string): Import[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node)
        ? Boolean(node.importClause?.isTypeOnly) ||
          Boolean(node.importClause && !node.importClause.name && node.importClause.namedBindings &&
            ts.isNamedImports(node.importClause.namedBindings) &&
            node.importClause.namedBindings.elements.length > 0 &&
            node.importClause.namedBindings.elements.every((e) => e.isTypeOnly))
        : node.isTypeOnly;
      found.push({ from: path, specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        found.push({ from: path, specifier: (node.arguments[0] as ts.StringLiteral).text, typeOnly: false });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function roomOf(path: string): Room | undefined {
  const rel = relative(root, path).split('\\').join('/');
  if (rel.startsWith('webview/')) return 'webview';
  const match = /^src\/(core|protocol|threads|extension|worker|cli)\//.exec(rel);
  return match ? (match[1] as Room) : undefined;
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
}

/** Returns why an import breaks the table, or undefined when it is allowed. */
function violation(imp: Import): string | undefined {
  const room = roomOf(imp.from)!;
  const relativeImport = imp.specifier.startsWith('.');
  const target = relativeImport ? roomOf(resolve(dirname(imp.from), imp.specifier) + '.ts') : undefined;
  const isVscode = imp.specifier === 'vscode';
  switch (room) {
    case 'core':
      if (isVscode) return 'core imports vscode';
      if (relativeImport && target !== 'core') return `core imports ${target ?? 'outside src'}`;
      return undefined;
    case 'protocol':
      if (isVscode) return 'protocol imports vscode';
      if (relativeImport && target !== 'protocol' && !(target === 'core' && imp.typeOnly)) return `protocol imports ${target} (only core types are allowed)`;
      if (!relativeImport) return `protocol imports the package ${imp.specifier}`;
      return undefined;
    case 'threads':
      if (isVscode) return 'threads imports vscode';
      if (relativeImport && target !== 'core' && target !== 'threads') return `threads imports ${target ?? 'outside src'}`;
      return undefined;
    case 'extension':
    case 'worker':
    case 'cli':
      if (relativeImport && target === 'webview') return `${room} imports webview/`;
      if (relativeImport && target !== undefined && !['core', 'protocol', room, ...(room === 'extension' ? [] : ['threads'])].includes(target)) return `${room} imports ${target}`;
      if (isVscode && room !== 'extension') return `${room} imports vscode`;
      return undefined;
    case 'webview':
      if (isVscode) return 'webview imports vscode';
      if (isNodeBuiltin(imp.specifier)) return `webview imports the Node module ${imp.specifier}`;
      if (relativeImport && (target === 'protocol' || target === 'webview')) return undefined;
      if (relativeImport && target !== undefined && !imp.typeOnly) return `webview imports runtime code from ${target}`;
      if (relativeImport && target !== undefined && target !== 'core') return `webview imports ${target}`;
      return undefined;
  }
}

describe('architecture boundaries (ARCHITECTURE.md)', () => {
  const all = [...files(join(root, 'src')), ...files(join(root, 'webview'))].filter((f) => roomOf(f));

  it('finds the source files', () => {
    assert.ok(all.length > 10, `only ${all.length} files`);
  });

  it('no import crosses a boundary', () => {
    const broken = all.flatMap(importsOf).flatMap((imp) => {
      const why = violation(imp);
      return why ? [`${relative(root, imp.from)}: '${imp.specifier}': ${why}`] : [];
    });
    assert.deepEqual(broken, []);
  });

  it('core uses no DOM and no VS Code globals', () => {
    const offenders = files(join(root, 'src/core')).filter((f) =>
      /\b(document|window|acquireVsCodeApi)\s*[.(]/.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')),
    );
    assert.deepEqual(offenders.map((f) => relative(root, f)), []);
  });

  it('the checker itself catches a broken boundary', () => {
    const fake = (from: string, specifier: string, typeOnly = false): Import => ({ from: join(root, from), specifier, typeOnly });
    assert.ok(violation(fake('src/core/stats/x.ts', 'vscode')));
    assert.ok(violation(fake('src/core/stats/x.ts', '../../extension/main')));
    assert.ok(violation(fake('src/protocol/x.ts', '../extension/main')));
    assert.ok(violation(fake('src/protocol/x.ts', '../core/drift/report')));
    assert.equal(violation(fake('src/protocol/x.ts', '../core/drift/report', true)), undefined);
    assert.ok(violation(fake('webview/a/main.ts', 'node:fs')));
    assert.ok(violation(fake('webview/a/main.ts', '../../src/core/stats/ks')));
    assert.ok(violation(fake('src/extension/x.ts', '../../webview/a/main')));
    assert.ok(violation(fake('src/cli/x.ts', 'vscode')));
    assert.ok(violation(fake('src/threads/x.ts', '../protocol/worker')));
    assert.ok(violation(fake('src/threads/x.ts', '../cli/main')));
    assert.ok(violation(fake('src/extension/x.ts', '../threads/driftThreads')), 'the extension host runs no drift threads itself');
    assert.equal(violation(fake('src/worker/x.ts', '../threads/driftThreads')), undefined);
  });
});
