// schemas/drift-report.schema.json is generated from the DriftReport type
// (`npx ts-json-schema-generator -p src/core/drift/report.ts -t DriftReport -f tsconfig.json --no-type-check -o schemas/drift-report.schema.json`),
// stays equal to what the type generates, and accepts real reports after a JSON round trip (so no NaN or
// Infinity hides where the type promises a number: JSON turns them into null).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { createGenerator } from 'ts-json-schema-generator';
import { analyseDrift } from '../../../../src/core/drift/driftAnalysis';
import { loadSampleIncident } from './sampleIncidentFixture';
import { normal, seeded, side, type ColumnSpec } from './syntheticSide';

const schemaPath = 'schemas/drift-report.schema.json';

describe('drift report JSON Schema', () => {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  function check(report: unknown): void {
    const roundTripped: unknown = JSON.parse(JSON.stringify(report));
    const ok = validate(roundTripped);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  }

  it('is what the DriftReport type generates', function () {
    this.timeout(60_000);
    const generated = createGenerator({ path: 'src/core/drift/report.ts', type: 'DriftReport', tsconfig: 'tsconfig.json', skipTypeCheck: true }).createSchema('DriftReport');
    assert.deepEqual(JSON.parse(JSON.stringify(generated)), schema, `regenerate ${schemaPath} (command at the top of this test)`);
  });

  it('accepts the sample incident report', async () => {
    const fixture = await loadSampleIncident();
    check(analyseDrift(fixture.baseline, fixture.month, { now: new Date(0) }));
  });

  it('accepts a report without time, segments or model columns, with an all-null current column', () => {
    const random = seeded(7);
    const column = (n: number, shift: number): number[] => Array.from({ length: n }, () => normal(random) + shift);
    const report = analyseDrift(
      side('baseline', [
        { name: 'x', kind: 'numeric', values: column(300, 0) },
        { name: 'gone', kind: 'numeric', values: column(300, 0) },
        { name: 'c', kind: 'categorical', values: Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 'a' : 'b')) },
      ]),
      side('current', [
        { name: 'x', kind: 'numeric', values: column(200, 1) },
        { name: 'gone', kind: 'numeric', values: Array.from({ length: 200 }, () => null) },
        { name: 'c', kind: 'categorical', values: Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 'a' : 'z')) },
      ]),
    );
    check(report);
    assert.equal(report.timeline?.chunking.by, 'rows');
    assert.equal(report.features.find((f) => f.name === 'gone')?.decidedBy?.signal, 'nullRateDelta');
    assert.equal(report.blastRadius.findings.length > 0, true);
  });

  it('rejects a report that breaks the contract', () => {
    const random = seeded(1);
    const values = Array.from({ length: 50 }, () => normal(random));
    const report = JSON.parse(JSON.stringify(analyseDrift(side('baseline', [{ name: 'x', kind: 'numeric', values }]), side('current', [{ name: 'x', kind: 'numeric', values }])))) as {
      features: { id: string; severity: string }[];
    };
    report.features[0]!.severity = 'bad';
    assert.equal(validate(report), false);
    report.features[0]!.severity = 'ok';
    report.features[0]!.id = 'income';
    assert.equal(validate(report), false);
  });
});

describe('drift report on degenerate inputs', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

  it('says so when a side has no rows, and stays valid', () => {
    const report = analyseDrift(side('baseline', [{ name: 'x', kind: 'numeric', values: [1, 2, 3] }]), side('current', [{ name: 'x', kind: 'numeric', values: [] }]));
    assert.ok(report.warnings.some((w) => /current\.arrow: the current has no rows/.test(w)), report.warnings.join('\n'));
    assert.equal(report.features[0]!.psi, null);
    assert.ok(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('handles one row a side, infinities and an all-null time column: no NaN or Infinity where the schema wants a number', () => {
    const t0 = Date.UTC(2026, 0, 1);
    const cases: [ColumnSpec[], ColumnSpec[]][] = [
      [[{ name: 'x', kind: 'numeric', values: [1] }], [{ name: 'x', kind: 'numeric', values: [2] }]],
      [[{ name: 'x', kind: 'numeric', values: [1, Infinity, -Infinity, NaN, 2] }], [{ name: 'x', kind: 'numeric', values: [Infinity, Infinity] }]],
      [
        [{ name: 'ts', kind: 'timestamp', role: 'timestamp', values: [null, t0] }, { name: 'x', kind: 'numeric', values: [1, 2] }],
        [{ name: 'ts', kind: 'timestamp', role: 'timestamp', values: [null] }, { name: 'x', kind: 'numeric', values: [1] }],
      ],
    ];
    for (const [b, c] of cases) {
      const report: unknown = JSON.parse(JSON.stringify(analyseDrift(side('baseline', b), side('current', c))));
      assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 3)));
    }
  });
});
