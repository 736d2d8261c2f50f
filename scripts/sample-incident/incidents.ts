// What the sample incident injects into the October serving logs, and when: the parameters the traffic model
// reads, and beside each the words the fixture's README and a drift check's expectations are held to.
import { servingDayStart } from './calendar';

export const MODEL_BEFORE = 'v2.3.0';
export const MODEL_AFTER = 'v2.4.0';
/** The rollout of v2.4.0: all traffic at once, mid-morning of day 20. */
export const DEPLOY_MS = servingDayStart(20) + (9 * 60 + 30) * 60_000;

/** Gradual data drift: customers' income rises steadily (a premium acquisition campaign). */
export const INCOME_DRIFT = { column: 'income', startDay: 8, logShiftPerDay: 0.012 } as const;

/** Rising null rate: the credit bureau API times out more and more often; the feature is logged as null. */
export const CREDIT_SCORE_NULLS = { column: 'credit_score', startDay: 12, baseRate: 0.005, risePerDay: 0.012 } as const;

/**
 * The step at the deployment: v2.4.0 was trained with fraud cases up-weighted x3 and never re-calibrated, so
 * its logit is the old one plus ln 3 (scores and positive predictions jump in every segment at once).
 */
export const SCORE_STEP = { column: 'score', at: DEPLOY_MS, upWeight: 3, logitShift: Math.log(3) } as const;

/** A new category: "buy now, pay later" launches and its share grows daily. */
export const NEW_PAYMENT_METHOD = {
  column: 'payment_method',
  category: 'bnpl',
  startDay: 22,
  firstDayShare: 0.03,
  risePerDay: 0.01,
} as const;

/** The encoding bug: Android SDK 5 sends amounts in cents; only the android segment is multiplied by 100. */
export const ANDROID_AMOUNT_IN_CENTS = { column: 'transaction_amount', device: 'android', startDay: 24, factor: 100 } as const;

/** v2.4.0 is heavier; eu-west still serves from older CPU nodes, so latency rises there and only there. */
export const EU_WEST_LATENCY = { column: 'latency_ms', region: 'eu-west', at: DEPLOY_MS, factor: 1.9 } as const;

export interface InjectedIncident {
  readonly id: string;
  readonly column: string;
  /** `all traffic` or `column=value`. */
  readonly segment: string;
  /** ISO date (UTC) of the first affected day. */
  readonly startDate: string;
  readonly size: string;
}

function isoDate(day: number): string {
  return new Date(servingDayStart(day)).toISOString().slice(0, 10);
}

export const INJECTED_INCIDENTS: readonly InjectedIncident[] = [
  {
    id: 'gradual-income-shift',
    column: INCOME_DRIFT.column,
    segment: 'all traffic',
    startDate: isoDate(INCOME_DRIFT.startDay),
    size: `log-income shifts by +${INCOME_DRIFT.logShiftPerDay} per day (+30% by day 30)`,
  },
  {
    id: 'credit-score-nulls',
    column: CREDIT_SCORE_NULLS.column,
    segment: 'all traffic',
    startDate: isoDate(CREDIT_SCORE_NULLS.startDay),
    size: `null rate ${CREDIT_SCORE_NULLS.baseRate} rising by ${CREDIT_SCORE_NULLS.risePerDay} per day (about 0.22 on day 30)`,
  },
  {
    id: 'score-step-at-deploy',
    column: SCORE_STEP.column,
    segment: 'all traffic',
    startDate: isoDate(20),
    size: `logit + ln ${SCORE_STEP.upWeight} (odds x${SCORE_STEP.upWeight}) from ${new Date(DEPLOY_MS).toISOString()}`,
  },
  {
    id: 'new-payment-method',
    column: NEW_PAYMENT_METHOD.column,
    segment: 'all traffic',
    startDate: isoDate(NEW_PAYMENT_METHOD.startDay),
    size: `category "${NEW_PAYMENT_METHOD.category}", share ${NEW_PAYMENT_METHOD.firstDayShare} rising by ${NEW_PAYMENT_METHOD.risePerDay} per day`,
  },
  {
    id: 'android-amount-in-cents',
    column: ANDROID_AMOUNT_IN_CENTS.column,
    segment: `device=${ANDROID_AMOUNT_IN_CENTS.device}`,
    startDate: isoDate(ANDROID_AMOUNT_IN_CENTS.startDay),
    size: `x${ANDROID_AMOUNT_IN_CENTS.factor}`,
  },
  {
    id: 'eu-west-latency',
    column: EU_WEST_LATENCY.column,
    segment: `region=${EU_WEST_LATENCY.region}`,
    startDate: isoDate(20),
    size: `x${EU_WEST_LATENCY.factor} from ${new Date(DEPLOY_MS).toISOString()}`,
  },
];
