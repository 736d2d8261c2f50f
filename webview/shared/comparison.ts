// "What is compared with what", the same block on every drift surface.
import type { ComparisonView, SideView } from '../../src/core/views/comparisonView';
import { h } from './dom';

function side(label: string, view: SideView | null): HTMLElement {
  if (!view) return h('div', { class: 'side' }, h('span', { class: 'side-label' }, label), '—');
  return h(
    'div',
    { class: 'side' },
    h('span', { class: 'side-label' }, label),
    h('span', { class: 'side-path', title: view.path }, view.path),
    h('span', { class: 'side-rows' }, `${view.rows.toLocaleString('en-US')} rows`),
    view.where ? h('span', { class: 'side-where' }, view.where) : null,
  );
}

export function comparisonBlock(view: ComparisonView): HTMLElement {
  const window = view.window ? `${view.window.from.slice(0, 10)} → ${view.window.to.slice(0, 10)}` : null;
  return h(
    'section',
    { class: 'comparison', 'aria-label': 'Comparison' },
    side('Baseline', view.baseline),
    side('Current', view.current),
    h('div', { class: 'side-meta' }, [view.chunking, window, `checked ${view.generatedAt.replace('T', ' ').slice(0, 16)} UTC`].filter(Boolean).join(' · ')),
  );
}
