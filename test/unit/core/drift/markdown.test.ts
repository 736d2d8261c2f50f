import { strict as assert } from 'node:assert';
import { analyseDrift } from '../../../../src/core/drift/driftAnalysis';
import { renderMarkdown } from '../../../../src/core/drift/markdown';
import { normal, seeded, side } from './syntheticSide';

describe('renderMarkdown', () => {
  const random = seeded(5);
  const values = (n: number, shift: number): number[] => Array.from({ length: n }, () => normal(random) + shift);
  const report = analyseDrift(
    side('baseline', [
      { name: 'amount|usd', kind: 'numeric', values: values(2000, 0) },
      { name: 'calm', kind: 'numeric', values: values(2000, 0) },
    ]),
    side('current', [
      { name: 'amount|usd', kind: 'numeric', values: values(2000, 1) },
      { name: 'calm', kind: 'numeric', values: values(2000, 0) },
    ]),
    { now: new Date(0) },
  );
  const text = renderMarkdown(report);

  it('leads with the verdict, the blast radius and a ranked feature table', () => {
    assert.match(text, /^# Drift report\n\n\*\*Worst severity: critical\*\*\. 1 of 2 input features drift/);
    assert.match(text, /## Blast radius\n\n- Class: \*\*/);
    const features = text.slice(text.indexOf('## Features'), text.indexOf('\n## ', text.indexOf('## Features') + 1));
    const rows = features.split('\n').filter((l) => l.startsWith('| amount') || l.startsWith('| calm'));
    assert.equal(rows.length, 2);
    assert.ok(rows[0]!.startsWith('| amount\\|usd |'), rows[0]);
    assert.match(rows[0]!, /\| \*\*critical\*\* \| psi [0-9.]+ >= 0\.2 \|/);
  });

  it('escapes column names so a pipe cannot break the table', () => {
    const header = text.split('\n').find((l) => l.startsWith('| feature |'))!;
    const row = text.split('\n').find((l) => l.startsWith('| amount'))!;
    const cells = (line: string): number => line.split(/(?<!\\)\|/).length;
    assert.equal(cells(row), cells(header));
  });

  it('lists the inputs with their hashes', () => {
    assert.match(text, /- baseline: `baseline\.arrow` \(arrow, 2000 rows\), sha256 0{64}/);
  });
});
