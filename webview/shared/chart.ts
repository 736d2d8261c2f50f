// Draws a ChartView from a snapshot: the Vega-Lite spec through vega-embed under the strict CSP, with
// the theme's colours, an accessible description and the same numbers as a table.
//
// Safety (../shared/notes/security-and-robustness.md): `ast: true` makes Vega interpret expressions
// instead of compiling them with `Function` (the CSP need not allow eval); `actions: false` removes the
// export/editor menu (the editor action posts the spec to an outside site); `defaultStyle: false`
// injects no <style>; the loader refuses every URL; our own tooltip; and neither `vega` nor any View
// is ever put on `window`.
import embed, { type Result } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import type { ChartView } from '../../src/core/charts/chartView';
import { h } from './dom';
import { dataTable } from './table';
import { themeConfig, watchTheme } from './theme';
import { showTooltip } from './tooltip';

const refuse = (): Promise<never> => Promise.reject(new Error('charts in this view load nothing from URLs'));
const noLoader = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

interface Mounted {
  readonly chart: ChartView;
  readonly canvas: HTMLElement;
  result?: Result;
}

const mounted = new Set<Mounted>();
let watching = false;

async function draw(entry: Mounted): Promise<void> {
  entry.result?.finalize();
  try {
    entry.result = await embed(entry.canvas, structuredClone(entry.chart.spec), {
      ast: true,
      expr: expressionInterpreter,
      actions: false,
      defaultStyle: false,
      renderer: 'svg',
      loader: noLoader,
      tooltip: showTooltip,
      config: themeConfig(),
      logLevel: 0,
    });
    entry.canvas.dataset.rendered = 'true';
  } catch (error) {
    entry.canvas.dataset.rendered = 'failed';
    entry.canvas.replaceChildren(h('p', { class: 'chart-error' }, `This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** Re-draws every chart still on the page with the new theme's colours; forgets the rest. */
function redrawAll(): void {
  for (const entry of mounted) {
    if (entry.canvas.isConnected) void draw(entry);
    else {
      entry.result?.finalize();
      mounted.delete(entry);
    }
  }
}

export interface ChartOptions {
  /** Draw only when scrolled into view (long lists of sketches). */
  readonly lazy?: boolean;
  /** No heading and no table (sketches in a list whose row already names the feature). */
  readonly bare?: boolean;
}

/** A figure with the chart's title, the drawn chart (role img, described) and its table alternative. */
export function chartFigure(chart: ChartView, options: ChartOptions = {}): HTMLElement {
  if (!watching) {
    watching = true;
    watchTheme(redrawAll);
  }
  const canvas = h('div', { class: `chart-canvas chart-${chart.kind}`, role: 'img', 'aria-label': chart.description, 'data-chart': chart.kind });
  const entry: Mounted = { chart, canvas };
  mounted.add(entry);
  if (options.lazy && 'IntersectionObserver' in window) {
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((s) => s.isIntersecting)) {
        observer.disconnect();
        void draw(entry);
      }
    });
    observer.observe(canvas);
  } else {
    queueMicrotask(() => void draw(entry));
  }
  if (options.bare) return canvas;
  return h(
    'figure',
    { class: 'chart' },
    h('figcaption', {}, chart.title),
    canvas,
    h('details', { class: 'chart-table' }, h('summary', {}, 'Table'), dataTable(chart.table, chart.description)),
  );
}

/** Finalizes views whose elements left the page (call after replacing a surface's content). */
export function releaseDetachedCharts(): void {
  for (const entry of mounted) {
    if (!entry.canvas.isConnected) {
      entry.result?.finalize();
      mounted.delete(entry);
    }
  }
}
