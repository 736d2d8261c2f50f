// The serving traffic model: who pays for what, on which device and in which region, what the feature
// pipeline logs, what the model scores, and when the chargeback label arrives. Row by row from one seeded
// stream, so the same options always give the same log.
import { DAY_MS, servingDay } from './calendar';
import {
  ANDROID_AMOUNT_IN_CENTS,
  CREDIT_SCORE_NULLS,
  DEPLOY_MS,
  EU_WEST_LATENCY,
  INCOME_DRIFT,
  MODEL_AFTER,
  MODEL_BEFORE,
  NEW_PAYMENT_METHOD,
} from './incidents';
import { PredictionLog } from './predictionLog';
import { Random } from './random';
import { DECISION_THRESHOLD, type RiskFeatures, riskLogit, servedLogit, sigmoid } from './riskModel';

export interface TrafficOptions {
  readonly seed: number;
  /** UTC midnights of the days to fill. */
  readonly dayStartsMs: readonly number[];
  /** Total rows, spread over the days by weekday and hour of day. */
  readonly rows: number;
  /** Labels arriving after this time are null; undefined labels every row (a training set). */
  readonly labelSnapshotMs?: number;
}

/** Relative traffic by UTC weekday (Sunday first): quieter weekends, a Friday peak. */
const WEEKDAY_WEIGHT = [0.82, 1, 1, 1.02, 1.04, 1.12, 0.9];
/** Relative traffic by UTC hour: the American evening and the European day overlap. */
const HOUR_WEIGHT = [
  1.3, 1.2, 1.0, 0.8, 0.6, 0.45, 0.4, 0.45, 0.6, 0.8, 1.0, 1.1, 1.2, 1.3, 1.45, 1.6, 1.7, 1.75, 1.7, 1.65, 1.6, 1.55, 1.5,
  1.4,
];

const DEVICES = ['ios', 'android', 'desktop'];
const DEVICE_WEIGHT = [0.4, 0.22, 0.38];
const REGIONS = ['us-east', 'us-west', 'eu-west', 'ap-southeast'];
const REGION_WEIGHT = [0.34, 0.22, 0.28, 0.16];
const REGION_LATENCY_MS = [38, 42, 47, 66];
const TIERS = ['basic', 'silver', 'gold', 'platinum'];
const TIER_WEIGHT = [0.55, 0.25, 0.15, 0.05];
const PAYMENT_METHODS = ['credit_card', 'debit_card', 'wallet', 'bank_transfer'];
const PAYMENT_WEIGHT = [0.46, 0.32, 0.17, 0.05];
const CARD_NETWORKS = ['visa', 'mastercard', 'amex', 'discover'];
const CARD_NETWORK_WEIGHT = [0.52, 0.33, 0.11, 0.04];

interface Merchant {
  readonly name: string;
  readonly weight: number;
  readonly medianAmount: number;
  readonly risk: number;
}

const MERCHANTS: readonly Merchant[] = [
  { name: 'grocery', weight: 0.22, medianAmount: 38, risk: 0.12 },
  { name: 'restaurants', weight: 0.16, medianAmount: 27, risk: 0.1 },
  { name: 'fuel', weight: 0.1, medianAmount: 45, risk: 0.15 },
  { name: 'electronics', weight: 0.09, medianAmount: 180, risk: 0.42 },
  { name: 'fashion', weight: 0.12, medianAmount: 65, risk: 0.25 },
  { name: 'travel', weight: 0.06, medianAmount: 420, risk: 0.38 },
  { name: 'digital_goods', weight: 0.11, medianAmount: 18, risk: 0.55 },
  { name: 'gaming', weight: 0.05, medianAmount: 25, risk: 0.6 },
  { name: 'health', weight: 0.09, medianAmount: 55, risk: 0.12 },
];
const MERCHANT_WEIGHT = MERCHANTS.map((m) => m.weight);

export function generateTraffic(options: TrafficOptions): PredictionLog {
  const rng = new Random(options.seed);
  const perDay = rowsPerDay(options.rows, options.dayStartsMs);
  const log = new PredictionLog(options.rows);
  let row = 0;
  options.dayStartsMs.forEach((dayStart, d) => {
    for (const offset of timesOfDay(rng, perDay[d] ?? 0)) {
      writeRow(rng, log, row++, dayStart + offset, options.labelSnapshotMs);
    }
  });
  return log;
}

/** Splits `total` over the days by weekday weight, largest remainder first, so the counts add up exactly. */
export function rowsPerDay(total: number, dayStartsMs: readonly number[]): number[] {
  const weights = dayStartsMs.map((ms) => WEEKDAY_WEIGHT[new Date(ms).getUTCDay()] ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** `n` millisecond offsets within a day, following the hourly traffic curve, ascending. */
function timesOfDay(rng: Random, n: number): Float64Array {
  const hours = HOUR_WEIGHT.map((_, h) => h);
  const offsets = new Float64Array(n);
  for (let i = 0; i < n; i++) offsets[i] = rng.weighted(hours, HOUR_WEIGHT) * 3_600_000 + rng.int(3_600_000);
  return offsets.sort();
}

function writeRow(rng: Random, columns: PredictionLog, row: number, ms: number, labelSnapshotMs: number | undefined): void {
  const day = servingDay(ms);
  const set = (name: string, value: number): void => {
    columns.numeric(name)[row] = value;
  };
  const put = (name: string, value: string): void => {
    columns.text(name)[row] = value;
  };

  const modelVersion = ms >= DEPLOY_MS ? MODEL_AFTER : MODEL_BEFORE;
  const device = rng.weighted(DEVICES, DEVICE_WEIGHT);
  const region = rng.weighted(REGIONS, REGION_WEIGHT);
  const mobile = device !== 'desktop';
  const channel = mobile
    ? rng.weighted(['app', 'web'], [0.8, 0.2])
    : rng.weighted(['web', 'partner_api'], [0.85, 0.15]);
  const merchant = rng.weighted(MERCHANTS, MERCHANT_WEIGHT);
  const tier = rng.weighted(TIERS, TIER_WEIGHT);
  const bnplShare =
    day >= NEW_PAYMENT_METHOD.startDay
      ? NEW_PAYMENT_METHOD.firstDayShare + NEW_PAYMENT_METHOD.risePerDay * Math.floor(day - NEW_PAYMENT_METHOD.startDay)
      : 0;
  const paymentMethod = rng.bernoulli(bnplShare) ? NEW_PAYMENT_METHOD.category : rng.weighted(PAYMENT_METHODS, PAYMENT_WEIGHT);
  const cardNetwork =
    paymentMethod === 'credit_card' || paymentMethod === 'debit_card' ? rng.weighted(CARD_NETWORKS, CARD_NETWORK_WEIGHT) : 'none';

  const incomeShift = INCOME_DRIFT.logShiftPerDay * Math.max(0, day - INCOME_DRIFT.startDay);
  const income = round(rng.logNormal(54_000, 0.45) * Math.exp(incomeShift), -2);
  const spendLevel = Math.pow(income / 54_000, 0.3);
  const accountAgeDays = Math.min(7300, Math.floor(rng.exponential(900)));
  const emailAgeDays = accountAgeDays + Math.floor(rng.exponential(800));
  const sessionCount = rng.poisson(rng.logNormal(9, 0.5));
  const trueCreditScore = Math.min(850, Math.max(300, Math.round(690 + 65 * rng.normal())));
  const debtToIncome = round(Math.min(3, rng.logNormal(0.28, 0.5)), 3);
  const numPriorTransactions = rng.poisson(rng.logNormal(30, 0.9) * Math.min(1, (accountAgeDays + 7) / 120));
  const avgAmount30d = accountAgeDays < 14 ? NaN : round(rng.logNormal(55, 0.55) * spendLevel, 2);
  const daysSinceLastLogin = Math.floor(rng.exponential(3.5));
  const distanceFromHomeKm = rng.bernoulli(mobile ? 0.01 : 0.05) ? NaN : round(rng.logNormal(6, 1.3), 1);
  const deviceTrustScore = round(sigmoid(rng.normal() * 0.9 + (mobile ? 1.5 : 1.1)), 4);
  const velocity24h = rng.poisson(rng.logNormal(3, 0.6));
  const merchantRiskScore = round(Math.min(1, Math.max(0, merchant.risk + 0.05 * rng.normal())), 4);
  const trueAmount = Math.max(0.5, round(merchant.medianAmount * rng.logNormal(1, 0.8) * spendLevel, 2));

  // What the feature pipeline logged, which is what the model saw.
  const amountInCents = device === ANDROID_AMOUNT_IN_CENTS.device && day >= ANDROID_AMOUNT_IN_CENTS.startDay;
  const transactionAmount = amountInCents ? round(trueAmount * ANDROID_AMOUNT_IN_CENTS.factor, 2) : trueAmount;
  const creditNullRate =
    CREDIT_SCORE_NULLS.baseRate + CREDIT_SCORE_NULLS.risePerDay * Math.max(0, day - CREDIT_SCORE_NULLS.startDay);
  const creditScore = rng.bernoulli(creditNullRate) ? NaN : trueCreditScore;

  const features = (amount: number, credit: number): RiskFeatures => ({
    transactionAmount: amount,
    avgAmount30d,
    deviceTrustScore,
    distanceFromHomeKm,
    accountAgeDays,
    velocity24h,
    creditScore: credit,
    debtToIncome,
    income,
    merchantRiskScore,
    partnerApi: channel === 'partner_api',
  });
  const score = round(sigmoid(servedLogit(modelVersion, features(transactionAmount, creditScore))), 6);
  const fraud = rng.bernoulli(sigmoid(riskLogit(features(trueAmount, trueCreditScore)) + 0.7 * rng.normal()));
  // Chargebacks and their all-clear arrive days later; a few never do.
  const labelArrivesMs = rng.bernoulli(0.02) ? Infinity : ms + rng.logNormal(3.5, 0.55) * DAY_MS;
  const labelKnown = labelSnapshotMs === undefined || labelArrivesMs <= labelSnapshotMs;

  const regionIndex = REGIONS.indexOf(region);
  const heavierModel = modelVersion === MODEL_AFTER ? 1.08 : 1;
  const slowRegion = region === EU_WEST_LATENCY.region && ms >= EU_WEST_LATENCY.at ? EU_WEST_LATENCY.factor : 1;
  const latencyMs = round((REGION_LATENCY_MS[regionIndex] ?? 40) * heavierModel * slowRegion * rng.logNormal(1, 0.35), 1);

  set('timestamp', ms);
  put('request_id', `req_${hex8(rng.nextUint32())}${hex8(rng.nextUint32())}`);
  put('model_version', modelVersion);
  put('device', device);
  put('region', region);
  put('channel', channel);
  put('merchant_category', merchant.name);
  put('payment_method', paymentMethod);
  put('card_network', cardNetwork);
  put('customer_tier', tier);
  set('income', income);
  set('transaction_amount', transactionAmount);
  set('account_age_days', accountAgeDays);
  set('email_age_days', emailAgeDays);
  set('session_count', sessionCount);
  set('credit_score', creditScore);
  set('debt_to_income', debtToIncome);
  set('num_prior_transactions', numPriorTransactions);
  set('avg_amount_30d', avgAmount30d);
  set('days_since_last_login', daysSinceLastLogin);
  set('distance_from_home_km', distanceFromHomeKm);
  set('device_trust_score', deviceTrustScore);
  set('velocity_24h', velocity24h);
  set('merchant_risk_score', merchantRiskScore);
  set('latency_ms', latencyMs);
  set('score', score);
  set('predicted_label', score >= DECISION_THRESHOLD ? 1 : 0);
  set('label', labelKnown ? (fraud ? 1 : 0) : NaN);
}

/** Rounds to `decimals` places (negative: to tens, hundreds…), the precision the serving stack logs. */
function round(x: number, decimals: number): number {
  if (decimals < 0) {
    const step = Math.pow(10, -decimals);
    return Math.round(x / step) * step;
  }
  const f = Math.pow(10, decimals);
  return Math.round(x * f) / f;
}

function hex8(x: number): string {
  return x.toString(16).padStart(8, '0');
}
