// A DataTable from a snapshot as a real <table>: the alternative to every chart and the shape of every
// other table. Cells go in through textContent.
import type { DataTable } from '../../src/core/charts/chartView';
import { h } from './dom';

export function dataTable(table: DataTable, caption?: string): HTMLTableElement {
  return h(
    'table',
    { class: 'data' },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, ...table.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...table.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', typeof cell === 'number' ? { class: 'num' } : {}, cellText(cell)))))),
  );
}

function cellText(cell: string | number | null): string {
  if (cell === null) return '—';
  return typeof cell === 'number' ? String(cell) : cell;
}
