// The fraud-risk function behind the scores and the labels. The world's true risk uses the true feature
// values; the served models see the values as logged (amounts in cents, missing credit scores imputed), which
// is how an encoding bug makes a model confidently wrong.
import { MODEL_AFTER, SCORE_STEP } from './incidents';

export interface RiskFeatures {
  readonly transactionAmount: number;
  /** NaN when unknown (new account); the model imputes the amount itself (ratio 1). */
  readonly avgAmount30d: number;
  readonly deviceTrustScore: number;
  /** NaN when unknown; imputed with the median 6 km. */
  readonly distanceFromHomeKm: number;
  readonly accountAgeDays: number;
  readonly velocity24h: number;
  /** NaN when the bureau did not answer; imputed with the mean 690. */
  readonly creditScore: number;
  readonly debtToIncome: number;
  readonly income: number;
  readonly merchantRiskScore: number;
  readonly partnerApi: boolean;
}

/** Log-odds of fraud as v2.3.0 learned it (and as the world draws it, before the unexplained part). */
export function riskLogit(x: RiskFeatures): number {
  const avg = Number.isNaN(x.avgAmount30d) ? x.transactionAmount : x.avgAmount30d;
  const amountRatio = Math.min(8, Math.max(-3, Math.log(x.transactionAmount / avg)));
  const distance = Number.isNaN(x.distanceFromHomeKm) ? 6 : x.distanceFromHomeKm;
  const credit = Number.isNaN(x.creditScore) ? 690 : x.creditScore;
  return (
    -4.3 +
    0.8 * amountRatio +
    2.5 * (0.78 - x.deviceTrustScore) +
    0.25 * (Math.log1p(distance) - Math.log(7)) -
    0.4 * (Math.log1p(x.accountAgeDays / 365) - Math.log(3.4)) +
    0.12 * (x.velocity24h - 3) -
    0.006 * (credit - 690) +
    0.6 * (x.debtToIncome - 0.3) -
    0.25 * Math.log(x.income / 54_000) +
    3 * (x.merchantRiskScore - 0.25) +
    (x.partnerApi ? 0.3 : 0)
  );
}

/** The served model's logit: v2.4.0 is v2.3.0's shifted by the log of its up-weighting (never re-calibrated). */
export function servedLogit(modelVersion: string, x: RiskFeatures): number {
  const logit = riskLogit(x);
  return modelVersion === MODEL_AFTER ? logit + SCORE_STEP.logitShift : logit;
}

/** Scores at or above this go to the manual review queue (`predicted_label` 1). */
export const DECISION_THRESHOLD = 0.2;

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
