// The workbench theme as a Vega config: every colour a chart uses comes from a `--vscode-*` variable,
// read when the chart renders. Chart specs carry no colours (see src/core/charts/chartView.ts): series
// take `range.category`, severities `range.ordinal` (ok, warn, critical), ratios `range.heatmap`.
import type { Config } from 'vega-embed';

/** The body classes VS Code sets for the active theme kind; a change means the colours changed. */
export const themeClasses = ['vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light'] as const;

export function themeKind(): string {
  return themeClasses.find((c) => document.body.classList.contains(c)) ?? 'vscode-unknown';
}

function cssVariable(style: CSSStyleDeclaration, ...names: string[]): string {
  for (const name of names) {
    const value = style.getPropertyValue(name).trim();
    if (value) return value;
  }
  return 'currentColor';
}

export function themeConfig(): Config {
  const style = getComputedStyle(document.body);
  const v = (...names: string[]): string => cssVariable(style, ...names);
  const foreground = v('--vscode-foreground', '--vscode-editor-foreground');
  const muted = v('--vscode-descriptionForeground', '--vscode-foreground');
  const grid = v('--vscode-editorWidget-border', '--vscode-panel-border', '--vscode-widget-border', '--vscode-contrastBorder');
  const background = v('--vscode-sideBar-background', '--vscode-editor-background');
  const font = style.getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
  const blue = v('--vscode-charts-blue');
  const orange = v('--vscode-charts-orange');
  const series = [blue, orange, v('--vscode-charts-purple'), v('--vscode-charts-green'), v('--vscode-charts-yellow'), v('--vscode-charts-red')];
  const severity = [v('--vscode-charts-green'), v('--vscode-charts-yellow'), v('--vscode-charts-red')];
  const text = { font, fontSize: 11 };
  return {
    background: 'transparent',
    font,
    view: { stroke: 'transparent' },
    mark: { color: blue },
    rule: { color: foreground },
    text: { color: foreground, ...text },
    axis: {
      domainColor: grid,
      gridColor: grid,
      gridOpacity: 0.5,
      tickColor: grid,
      labelColor: muted,
      titleColor: foreground,
      labelFont: font,
      titleFont: font,
      titleFontWeight: 'normal',
    },
    legend: { labelColor: foreground, titleColor: foreground, labelFont: font, titleFont: font },
    title: { color: foreground, font },
    range: { category: series, ordinal: severity, heatmap: [background, orange, v('--vscode-charts-red')] },
  };
}

/** Calls `onChange` whenever VS Code switches the theme (it rewrites the body's class and style). */
export function watchTheme(onChange: () => void): void {
  let kind = themeKind();
  let style = document.body.getAttribute('style');
  new MutationObserver(() => {
    const nextKind = themeKind();
    const nextStyle = document.body.getAttribute('style');
    if (nextKind === kind && nextStyle === style) return;
    kind = nextKind;
    style = nextStyle;
    onChange();
  }).observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });
}
