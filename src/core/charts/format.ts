// Number formatting shared by chart descriptions, tables and snapshots, so a value reads the same in a
// title, a tooltip-free table and the feature list.

/** A statistic for display: 3 significant digits, exponent form for very small or large magnitudes. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

/** A share in [0, 1] as a percentage with one decimal. */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${(value * 100).toFixed(1)}%`;
}

/** A half-open interval label for a bin; infinite ends print as ∞. */
export function formatInterval(lower: number, upper: number, closedUpper = false): string {
  const left = Number.isFinite(lower) ? '[' : '(';
  return `${left}${formatNumber(lower)}, ${formatNumber(upper)}${closedUpper ? ']' : ')'}`;
}
