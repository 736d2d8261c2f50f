import { strict as assert } from 'node:assert';
import { defaultGateThresholds, rollbackGate } from '../../../../src/core/runbook/rollbackGate';
import type { ServiceMetrics } from '../../../../src/core/runbook/serviceMetrics';

function metrics(accuracy: number | null, p99: number | null, ctr: number | null): ServiceMetrics {
  return {
    rows: 1000,
    accuracy: accuracy === null ? null : { value: accuracy, labelled: 500 },
    latency: p99 === null ? null : { column: 'latency_ms', p50: 20, p99 },
    ctr: ctr === null ? null : { column: 'clicked', value: ctr, rows: 1000 },
    score: null,
  };
}

describe('rollbackGate', () => {
  it('has the issue\'s defaults', () => {
    assert.deepEqual(defaultGateThresholds, { accuracyDrop: 0.005, p99LatencyRiseMs: 50, ctrDrop: 0.002 });
  });

  it('promotes a candidate within every threshold, a change of exactly the limit included', () => {
    const gate = rollbackGate(metrics(0.9, 100, 0.05), metrics(0.895, 150, 0.048));
    assert.equal(gate.verdict, 'promote');
    assert.deepEqual(gate.checks.map((c) => c.outcome), ['pass', 'pass', 'pass']);
  });

  it('rolls back on any single metric past its threshold', () => {
    assert.equal(rollbackGate(metrics(0.9, 100, 0.05), metrics(0.8949, 100, 0.05)).verdict, 'rollback');
    assert.equal(rollbackGate(metrics(0.9, 100, 0.05), metrics(0.9, 150.01, 0.05)).verdict, 'rollback');
    const ctr = rollbackGate(metrics(0.9, 100, 0.05), metrics(0.9, 100, 0.0479));
    assert.equal(ctr.verdict, 'rollback');
    assert.deepEqual(ctr.checks.map((c) => c.outcome), ['pass', 'pass', 'fail']);
    assert.ok(Math.abs(ctr.checks[2]!.delta! + 0.0021) < 1e-12);
  });

  it('never counts a missing metric as a pass', () => {
    const gate = rollbackGate(metrics(null, 100, null), metrics(0.9, 120, null));
    assert.deepEqual(gate.checks.map((c) => c.outcome), ['unavailable', 'pass', 'unavailable']);
    assert.equal(gate.verdict, 'promote');
    assert.equal(rollbackGate(metrics(null, null, null), metrics(null, null, null)).verdict, 'insufficient');
  });

  it('uses the thresholds it is given', () => {
    const strict = { accuracyDrop: 0, p99LatencyRiseMs: 0, ctrDrop: 0 };
    assert.equal(rollbackGate(metrics(0.9, 100, 0.05), metrics(0.9, 100.5, 0.05), strict).verdict, 'rollback');
    assert.equal(rollbackGate(metrics(0.9, 100, 0.05), metrics(0.91, 90, 0.06), strict).verdict, 'promote');
  });
});
