import { strict as assert } from 'node:assert';
import { dayStarts, LOG_SNAPSHOT_MS, SERVING_DAYS, SERVING_START_MS, servingDay } from '../../../../scripts/sample-incident/calendar';
import {
  ANDROID_AMOUNT_IN_CENTS,
  CREDIT_SCORE_NULLS,
  DEPLOY_MS,
  EU_WEST_LATENCY,
  MODEL_AFTER,
  MODEL_BEFORE,
  NEW_PAYMENT_METHOD,
} from '../../../../scripts/sample-incident/incidents';
import { type PredictionLog } from '../../../../scripts/sample-incident/predictionLog';
import { COLUMNS, FEATURE_COLUMNS } from '../../../../scripts/sample-incident/schema';
import { generateTraffic, rowsPerDay } from '../../../../scripts/sample-incident/traffic';

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

describe('sample-incident traffic', () => {
  const days = dayStarts(SERVING_START_MS, SERVING_DAYS);
  const log: PredictionLog = generateTraffic({ seed: 5, dayStartsMs: days, rows: 30_000, labelSnapshotMs: LOG_SNAPSHOT_MS });
  const ts = log.numeric('timestamp');
  const rows = (where: (i: number) => boolean): number[] => Array.from({ length: log.rows }, (_, i) => i).filter(where);

  it('has 28 columns of which 20 are features, and splits rows over days exactly', () => {
    assert.equal(COLUMNS.length, 28);
    assert.equal(FEATURE_COLUMNS.length, 20);
    assert.equal(rowsPerDay(1_000_000, days).reduce((a, b) => a + b, 0), 1_000_000);
    assert.equal(rowsPerDay(7, days).reduce((a, b) => a + b, 0), 7);
  });

  it('keeps timestamps sorted within October', () => {
    for (let i = 1; i < log.rows; i++) assert.ok((ts[i] ?? 0) >= (ts[i - 1] ?? 0));
    assert.ok((ts[0] ?? 0) >= SERVING_START_MS && servingDay(ts[log.rows - 1] ?? 0) < SERVING_DAYS + 1);
  });

  it('switches model_version at the deployment, not before', () => {
    const versions = log.text('model_version');
    for (let i = 0; i < log.rows; i++) assert.equal(versions[i], (ts[i] ?? 0) >= DEPLOY_MS ? MODEL_AFTER : MODEL_BEFORE);
  });

  it('multiplies transaction_amount by 100 for android only, from its start day', () => {
    const amount = log.numeric('transaction_amount');
    const device = log.text('device');
    const after = (i: number): boolean => servingDay(ts[i] ?? 0) >= ANDROID_AMOUNT_IN_CENTS.startDay;
    const android = median(rows((i) => device[i] === 'android' && after(i)).map((i) => amount[i] ?? NaN));
    const androidBefore = median(rows((i) => device[i] === 'android' && !after(i)).map((i) => amount[i] ?? NaN));
    const others = median(rows((i) => device[i] !== 'android' && after(i)).map((i) => amount[i] ?? NaN));
    assert.ok(android / androidBefore > 60 && android / androidBefore < 160, `${android} vs ${androidBefore}`);
    assert.ok(others / androidBefore > 0.6 && others / androidBefore < 1.6, `${others} vs ${androidBefore}`);
  });

  it('introduces bnpl only from its start day, raises credit_score nulls, slows eu-west only', () => {
    const method = log.text('payment_method');
    const day = (i: number): number => servingDay(ts[i] ?? 0);
    assert.equal(rows((i) => method[i] === NEW_PAYMENT_METHOD.category && day(i) < NEW_PAYMENT_METHOD.startDay).length, 0);
    assert.ok(rows((i) => method[i] === NEW_PAYMENT_METHOD.category).length > 300);

    const credit = log.numeric('credit_score');
    const nullShare = (from: number, to: number): number => {
      const r = rows((i) => day(i) >= from && day(i) < to);
      return r.filter((i) => Number.isNaN(credit[i])).length / r.length;
    };
    assert.ok(nullShare(1, CREDIT_SCORE_NULLS.startDay) < 0.02);
    assert.ok(nullShare(28, 31) > 0.15);

    const latency = log.numeric('latency_ms');
    const region = log.text('region');
    const p50 = (name: string, after: boolean): number =>
      median(rows((i) => region[i] === name && (ts[i] ?? 0) >= EU_WEST_LATENCY.at === after).map((i) => latency[i] ?? NaN));
    assert.ok(p50('eu-west', true) / p50('eu-west', false) > 1.7);
    assert.ok(p50('us-east', true) / p50('us-east', false) < 1.2);
  });

  it('leaves recent labels missing (delayed) and labels every row of a training set', () => {
    const label = log.numeric('label');
    const day = (i: number): number => servingDay(ts[i] ?? 0);
    const coverage = (from: number, to: number): number => {
      const r = rows((i) => day(i) >= from && day(i) < to);
      return r.filter((i) => !Number.isNaN(label[i])).length / r.length;
    };
    assert.ok(coverage(1, 15) > 0.95);
    assert.ok(coverage(30, 31) < 0.05);
    const training = generateTraffic({ seed: 5, dayStartsMs: days.slice(0, 3), rows: 500 });
    assert.ok(Array.from(training.numeric('label')).every((v) => v === 0 || v === 1));
  });
});
