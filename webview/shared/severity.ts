// A severity as a badge: the word is always there (colour alone says nothing to a screen reader or
// to a colour-blind reader); the class picks the theme colour in media/webview.css.
import type { Severity } from '../../src/core/drift/report';
import { h } from './dom';

const icons: Readonly<Record<Severity, string>> = { ok: 'pass', warn: 'warning', critical: 'error' };

export function severityBadge(severity: Severity): HTMLElement {
  return h('span', { class: `severity severity-${severity}` }, h('span', { class: `codicon codicon-${icons[severity]}`, 'aria-hidden': 'true' }), severity);
}

/** The narrow form for lists: the icon, with the word kept for screen readers and as a tooltip. */
export function severityIcon(severity: Severity): HTMLElement {
  return h('span', { class: `severity-icon severity-${severity}`, title: severity }, h('span', { class: `codicon codicon-${icons[severity]}`, 'aria-hidden': 'true' }), h('span', { class: 'sr-only' }, severity));
}
