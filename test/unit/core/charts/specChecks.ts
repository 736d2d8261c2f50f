// What every chart builder's output must satisfy: the spec compiles with vega-lite without warnings, it
// describes itself, its fields are synthetic keys, no colour is hard-coded, and no workspace string
// reaches anything Vega evaluates as an expression.
import { strict as assert } from 'node:assert';
import type { compile as compileVegaLite } from 'vega-lite';
import type { ChartView } from '../../../../src/core/charts/chartView';

/** Keys whose string values Vega parses as expressions (or signal references) in a compiled spec. */
const expressionKeys = new Set(['expr', 'signal', 'update', 'test', 'init', 'calculate', 'filter', 'labelExpr', 'sort']);
const colourKeys = new Set(['color', 'fill', 'stroke', 'background']);

function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value);
      walk(value, visit);
    }
  }
}

/** Expression strings of a compiled Vega spec (data `values` excluded: data is not evaluated). */
export function expressionsOf(vegaSpec: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'values') continue;
        if (expressionKeys.has(key) && typeof value === 'string') found.push(value);
        visit(value);
      }
    }
  };
  visit(vegaSpec);
  return found;
}

let compile: typeof compileVegaLite | undefined;

/**
 * Loads vega-lite once. It is ESM with a top-level await deep in its imports (vega-canvas), which a
 * CommonJS `require` cannot load, so it comes in through a dynamic import; call this in a `before` hook.
 */
export async function loadVegaLite(): Promise<void> {
  compile ??= (await import('vega-lite')).compile;
}

export function compileStrict(chart: ChartView): unknown {
  assert.ok(compile, 'call loadVegaLite() in a before hook');
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => (warnings.push(m.join(' ')), logger),
    warn: (...m: unknown[]) => (warnings.push(m.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  const { spec } = compile(chart.spec, { logger: logger as never });
  assert.deepEqual(warnings, [], `${chart.kind}: vega-lite warned`);
  return spec;
}

export function assertSafeChart(chart: ChartView, workspaceStrings: readonly string[]): void {
  assert.ok(chart.description.length > 20, `${chart.kind}: description too short`);
  assert.equal(chart.spec.description, chart.description, `${chart.kind}: spec description differs`);
  assert.ok(chart.title.length > 0);
  const vega = compileStrict(chart);
  for (const expression of expressionsOf(vega)) {
    for (const text of workspaceStrings) assert.ok(!expression.includes(text), `${chart.kind}: ${JSON.stringify(text)} inside expression ${expression}`);
  }
  walk(chart.spec, (key, value) => {
    if (key === 'field' && typeof value === 'string') assert.match(value, /^[a-z][A-Za-z0-9]*$/, `${chart.kind}: field ${value} is not a synthetic key`);
    if (colourKeys.has(key) && typeof value === 'string') assert.fail(`${chart.kind}: hard-coded colour ${key}: ${value}`);
    if (key === 'range' && Array.isArray(value)) {
      for (const item of value) if (typeof item === 'string') assert.ok(!/^(#|rgb|hsl)/.test(item), `${chart.kind}: colour in range`);
    }
  });
  const width = chart.table.columns.length;
  for (const row of chart.table.rows) assert.equal(row.length, width, `${chart.kind}: table row ${JSON.stringify(row)} has the wrong width`);
}

/** The rows of the named inline dataset of a layer, or of the top level. */
export function dataValues(spec: unknown, layer?: number): Record<string, unknown>[] {
  const node = layer === undefined ? spec : (spec as { layer: unknown[] }).layer[layer];
  return ((node as { data?: { values?: unknown } }).data?.values ?? []) as Record<string, unknown>[];
}
