// Severity by the table of drift-methods.md: each signal that applies gives ok, warn or critical; the
// feature gets the worst, and `decidedBy` names the signal that set it (the first in table order on ties).
import type { DecidedBy, FeatureKind, Severity, SeveritySignal } from './report';
import type { Levels, Thresholds } from './thresholds';

/** The signal values of one comparison; `null` where the signal does not apply or has no data. */
export interface SignalValues {
  readonly psi: number | null;
  readonly ksPValue: number | null;
  /** Finite baseline values behind the KS test: p-values decide only for small baselines. */
  readonly baselineValues: number;
  readonly jensenShannonDivergence: number | null;
  readonly nullRateDelta: number | null;
  readonly unseenCategoryShare: number | null;
}

type Direction = 'above' | 'below' | 'aboveStrictWarn';

function levelOf(value: number, levels: Levels, direction: Direction): Severity {
  if (direction === 'below') return value < levels.critical ? 'critical' : value < levels.warn ? 'warn' : 'ok';
  if (value >= levels.critical) return 'critical';
  if (direction === 'aboveStrictWarn' ? value > levels.warn : value >= levels.warn) return 'warn';
  return 'ok';
}

/** The severity and the signal that decided it. */
export function severityOf(kind: FeatureKind, signals: SignalValues, thresholds: Thresholds): { severity: Severity; decidedBy: DecidedBy | null } {
  const candidates: [SeveritySignal, number | null, Levels, Direction][] = [
    ['psi', signals.psi, thresholds.psi, 'above'],
    [
      'ksPValue',
      kind === 'numeric' && signals.baselineValues <= thresholds.ksPValue.maxBaselineValues ? signals.ksPValue : null,
      thresholds.ksPValue,
      'below',
    ],
    ['jensenShannonDivergence', kind === 'categorical' ? signals.jensenShannonDivergence : null, thresholds.jensenShannonDivergence, 'above'],
    // The delta is absolute: a null rate that falls by 5 points is as much a pipeline change as one that rises.
    ['nullRateDelta', signals.nullRateDelta === null ? null : Math.abs(signals.nullRateDelta), thresholds.nullRateDelta, 'above'],
    ['unseenCategoryShare', kind === 'categorical' ? signals.unseenCategoryShare : null, thresholds.unseenCategoryShare, 'aboveStrictWarn'],
  ];
  let severity: Severity = 'ok';
  let decidedBy: DecidedBy | null = null;
  for (const [signal, value, levels, direction] of candidates) {
    if (value === null || Number.isNaN(value)) continue;
    const level = levelOf(value, levels, direction);
    if (level === 'ok' || (severity === 'critical') || (severity === 'warn' && level === 'warn')) continue;
    severity = level;
    decidedBy = { signal, value, threshold: level === 'critical' ? levels.critical : levels.warn, level };
  }
  return { severity, decidedBy };
}
