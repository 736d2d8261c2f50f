// Chart specs to SVG for report export: Vega-Lite compiled to Vega, run by vega's headless View with no
// renderer, and serialised with View.toSVG(). The same specs the webviews draw (src/core/charts); the
// colours the webview takes from the theme come here from a fixed light palette, since an exported file
// outlives the theme. Expressions are interpreted (vega-interpreter) and no URL is ever loaded.
import { parse, View, type Config, type Loader } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';

/** The light palette of exported charts: baseline/current, then the severity ordinal (ok, warn, critical). */
export const exportConfig: Config = {
  background: '#ffffff',
  range: {
    category: ['#3b73b9', '#e07b1a', '#6a9955', '#a160c4'],
    ordinal: ['#388a34', '#bf8803', '#e51400'],
    heatmap: { scheme: 'blues' },
  },
  axis: { labelColor: '#333333', titleColor: '#333333', gridColor: '#e5e5e5', domainColor: '#888888', tickColor: '#888888' },
  legend: { labelColor: '#333333', titleColor: '#333333' },
  title: { color: '#1e1e1e' },
};

const refusingLoader: Loader = {
  load: () => Promise.reject(new Error('exported charts load no URL')),
  sanitize: () => Promise.reject(new Error('exported charts load no URL')),
  http: () => Promise.reject(new Error('exported charts load no URL')),
  file: () => Promise.reject(new Error('exported charts load no file')),
} as unknown as Loader;

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vegaSpec = compile(spec, { config: exportConfig as never }).spec;
  const runtime = parse(vegaSpec, exportConfig, { ast: true });
  const view = new View(runtime, { renderer: 'none', loader: refusingLoader, expr: expressionInterpreter } as never);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
