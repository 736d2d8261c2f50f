import { strict as assert } from 'node:assert';
import { driftOverTime } from '../../../../src/core/charts/driftOverTime';
import { hostileHtml, sampleReport, workspaceStrings } from '../views/sampleReport';
import { assertSafeChart, dataValues, loadVegaLite } from './specChecks';

describe('driftOverTime', () => {
  before(loadVegaLite);
  const report = sampleReport();
  const timeline = report.timeline!;
  const input = { name: hostileHtml, timeline, series: timeline.series[1]!, onset: report.features[1]!.onset };

  it('compiles, describes itself and keeps names and marker labels out of expressions', () => {
    assertSafeChart(driftOverTime(input), workspaceStrings);
  });

  it('plots each chunk at its start with its threshold and state', () => {
    const points = dataValues(driftOverTime(input).spec, 0);
    assert.equal(points.length, 10);
    assert.equal(points[0]!.t, Date.parse('2026-01-11T00:00:00.000Z'));
    assert.deepEqual(points.map((p) => p.state === 'above threshold'), timeline.series[1]!.exceeds);
    assert.ok(points.every((p) => p.threshold === 0.02 && p.nullDelta === 0));
  });

  it('names the signal that started the drift in the onset rule', () => {
    const rules = dataValues(driftOverTime(input).spec, 1);
    assert.equal(rules.at(-1)!.label, 'onset (2026-01-15T00:00:00.000Z) by PSI');
    const byNulls = { ...input, onset: { ...input.onset!, signal: 'nullRateDelta' as const } };
    assert.equal(dataValues(driftOverTime(byNulls).spec, 1).at(-1)!.label, 'onset (2026-01-15T00:00:00.000Z) by null-rate change');
  });

  it('draws rules for markers inside the window and the onset, and leaves out the rest', () => {
    const rules = dataValues(driftOverTime(input).spec, 1);
    assert.deepEqual(rules.map((r) => r.kind), ['changelog entry', 'model version', 'commit', 'drift onset']);
    assert.equal(rules[0]!.label, 'v2: Deploy v2 <b>now</b>');
    assert.equal(rules[3]!.t, Date.parse('2026-01-15T00:00:00.000Z'));
    assert.match(driftOverTime(input).description, /7 chunks exceed it\. Drift starts at 2026-01-15T00:00:00.000Z\. 3 changes are marked\./);
  });

  it('falls back to chunk numbers without timestamps, and then draws no time markers', () => {
    const untimed = { ...timeline, chunks: timeline.chunks.map((c) => ({ ...c, start: null, end: null })) };
    const chart = driftOverTime({ ...input, timeline: untimed });
    assert.deepEqual(dataValues(chart.spec, 0).map((p) => p.t), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(dataValues(chart.spec, 1).map((r) => r.kind), ['drift onset']);
    assertSafeChart(chart, workspaceStrings);
  });
});
