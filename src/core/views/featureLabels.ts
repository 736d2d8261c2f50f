// The words the views use for signals and severities, in one place so the side panel, the report and
// the tree read alike.
import type { RankDecision } from '../drift/rankDecision';
import type { DecidedBy, SeveritySignal } from '../drift/report';
import { formatNumber } from '../charts/format';

export const signalLabels: Readonly<Record<SeveritySignal, string>> = {
  psi: 'PSI',
  ksPValue: 'KS p-value',
  jensenShannonDivergence: 'JS divergence',
  nullRateDelta: 'null-rate Δ',
  unseenCategoryShare: 'unseen share',
};

/** The deciding signal in words: `PSI 0.31 ≥ 0.2`, or `<` for the p-value, which decides when small. */
export interface DecidingSignalView {
  readonly signal: SeveritySignal;
  readonly label: string;
  readonly value: number;
  /** e.g. `PSI 0.312 ≥ 0.2`. */
  readonly text: string;
}

export function decidingSignal(decidedBy: DecidedBy | null): DecidingSignalView | null {
  if (!decidedBy) return null;
  const label = signalLabels[decidedBy.signal];
  const comparison = decidedBy.signal === 'ksPValue' ? '<' : decidedBy.signal === 'unseenCategoryShare' && decidedBy.level === 'warn' ? '>' : '≥';
  return { signal: decidedBy.signal, label, value: decidedBy.value, text: `${label} ${formatNumber(decidedBy.value)} ${comparison} ${formatNumber(decidedBy.threshold)}` };
}

/** The decision behind a feature's rank, in words, naming the window when it is not the whole one. */
export function rankDecisionSignal(decision: RankDecision | null): DecidingSignalView | null {
  const signal = decidingSignal(decision?.decidedBy ?? null);
  if (!signal || !decision || decision.window === 'whole') return signal;
  return { ...signal, text: `${signal.text} ${decision.window === 'sinceOnset' ? 'since onset' : 'in its peak chunk'}` };
}
