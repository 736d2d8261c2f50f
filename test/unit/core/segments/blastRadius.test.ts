// Blast radius classes from synthetic logs built to match each row of drift-methods.md's table.
import { strict as assert } from 'node:assert';
import { analyseDrift } from '../../../../src/core/drift/driftAnalysis';
import type { BlastRadius } from '../../../../src/core/drift/report';
import { isGrowing } from '../../../../src/core/segments/blastRadius';
import type { TimelineMarker } from '../../../../src/core/timeline/markers';
import { normal, seeded, side, type ColumnSpec } from '../drift/syntheticSide';

const DAY = 86_400_000;
const baselineStart = Date.UTC(2026, 8, 1);
const currentStart = Date.UTC(2026, 9, 1);

interface Shape {
  /** Shift of feature x for a row of device `device` on day `day` (0-based) of the current window. */
  readonly shift: (day: number, device: string) => number;
  readonly latencyFactor?: (day: number) => number;
  readonly version?: (day: number) => string;
}

function log(which: 'baseline' | 'current', shape: Shape | null, seed: number): ColumnSpec[] {
  const random = seeded(seed);
  const rows = 12_000;
  const days = 20;
  const start = which === 'baseline' ? baselineStart : currentStart;
  const ts: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  const device: string[] = [];
  const latency: number[] = [];
  const version: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = Math.floor((i * days) / rows);
    ts.push(start + day * DAY + Math.floor(random() * DAY));
    const d = random() < 0.15 ? 'android' : random() < 0.5 ? 'ios' : 'desktop';
    device.push(d);
    x.push(normal(random) + (shape ? shape.shift(day, d) : 0));
    y.push(normal(random));
    latency.push(50 * Math.exp(0.2 * normal(random)) * (shape?.latencyFactor ? shape.latencyFactor(day) : 1));
    version.push(shape?.version ? shape.version(day) : 'v1');
  }
  return [
    { name: 'ts', kind: 'timestamp', role: 'timestamp', values: ts },
    { name: 'device', kind: 'categorical', role: 'segment', values: device },
    { name: 'model_version', kind: 'categorical', role: 'modelVersion', values: version },
    { name: 'x', kind: 'numeric', values: x },
    { name: 'y', kind: 'numeric', values: y },
    { name: 'latency_ms', kind: 'numeric', role: 'latency', values: latency },
  ];
}

function radius(shape: Shape, markers: TimelineMarker[] = []): BlastRadius {
  return analyseDrift(side('baseline', log('baseline', null, 1)), side('current', log('current', shape, 2)), { markers }).blastRadius;
}

describe('blast radius', () => {
  it('none: nothing drifts', () => {
    const r = radius({ shift: () => 0 });
    assert.equal(r.class, 'none');
    assert.deepEqual(r.findings, []);
  });

  it('feature encoding bug: a step confined to android (15% of traffic)', () => {
    const r = radius({ shift: (day, d) => (d === 'android' && day >= 8 ? 4 : 0) });
    assert.equal(r.class, 'featureEncodingBug');
    assert.deepEqual(r.findings[0]!.segments, [{ column: 'device', value: 'android' }]);
    assert.ok(r.affected.share > 0.1 && r.affected.share < 0.2);
    assert.match(r.action, /[Hh]otfix/);
  });

  it('data drift: everywhere, growing day by day', () => {
    const r = radius({ shift: (day) => (day >= 5 ? 0.08 * (day - 4) : 0) });
    assert.equal(r.class, 'dataDrift');
    assert.match(r.action, /retrain/);
  });

  it('bad deployment: a step everywhere on the day a new model_version appears', () => {
    const r = radius({ shift: (day) => (day >= 10 ? 0.6 : 0), version: (day) => (day >= 10 ? 'v2' : 'v1') });
    assert.equal(r.class, 'badDeployment');
    assert.match(r.evidence.join(' '), /model_version v2 first seen/);
  });

  it('bad deployment from a changelog entry alone, undetermined without one', () => {
    const step: Shape = { shift: (day) => (day >= 10 ? 0.6 : 0) };
    const entry: TimelineMarker = { kind: 'changelog', id: 'cl:1', time: new Date(currentStart + 10 * DAY + 3_600_000).toISOString(), title: 'v2' };
    assert.equal(radius(step, [entry]).class, 'badDeployment');
    assert.equal(radius(step).class, 'undetermined');
  });

  it('infrastructure: latency moves with the drift', () => {
    const r = radius({ shift: () => 0, latencyFactor: (day) => (day >= 6 ? 1.5 : 1) });
    assert.equal(r.class, 'infrastructure');
    assert.deepEqual(r.findings.map((f) => f.features), [['latency_ms']]);
  });

  it('isGrowing compares the late half after onset with the early half', () => {
    assert.equal(isGrowing([0, 0, 0.1, 0.1, 0.3, 0.3], 2), true);
    assert.equal(isGrowing([0, 0, 0.3, 0.3, 0.3, 0.3], 2), false);
    assert.equal(isGrowing([0.3, 0.3, 0.9], 0), false);
  });
});
