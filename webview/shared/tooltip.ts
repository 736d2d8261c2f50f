// Vega's tooltip, drawn by us: one absolutely positioned element filled through textContent. The stock
// handler (vega-tooltip) would inject a <style> element, which the CSP refuses.
import { h } from './dom';

let element: HTMLElement | undefined;

function tooltipElement(): HTMLElement {
  if (!element || !element.isConnected) {
    element = h('div', { class: 'chart-tooltip', role: 'tooltip', hidden: '' });
    document.body.appendChild(element);
  }
  return element;
}

/** A vega TooltipHandler: `value` is the object vega-lite built from the `tooltip` encoding, or a scalar. */
export function showTooltip(_handler: unknown, event: MouseEvent, _item: unknown, value: unknown): void {
  const tip = tooltipElement();
  if (value === null || value === undefined || value === '') {
    tip.hidden = true;
    return;
  }
  const lines = typeof value === 'object' ? Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`) : [String(value)];
  tip.replaceChildren(...lines.map((line) => h('div', {}, line)));
  tip.hidden = false;
  const x = Math.min(event.clientX + 12, window.innerWidth - tip.offsetWidth - 4);
  const y = Math.min(event.clientY + 12, window.innerHeight - tip.offsetHeight - 4);
  tip.style.left = `${Math.max(0, x)}px`;
  tip.style.top = `${Math.max(0, y)}px`;
}
