import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePostmortemNewArgs, postmortemCommand } from '../../../../src/cli/commands/postmortem';
import { readPostmortem } from '../../../../src/core/documents/postmortemFile';
import { runbookText } from '../../../../src/core/runbook/runbookFile';
import { applyStepAction, newRunbook } from '../../../../src/core/runbook/runbookState';
import { driftReportFixture } from '../../core/runbook/driftReportFixture';
import { captureIo } from './cliIo';

describe('model-incident postmortem new', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'postmortem-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('drafts a valid postmortem from a drift report and the runbook beside it, and prints the path', async () => {
    const out = join(dir, 'incidents', 'INC-1');
    mkdirSync(out, { recursive: true });
    let state = newRunbook('INC-1', 'Income drift', new Date('2026-11-22T10:00:00Z'));
    state = applyStepAction(state, 'fix', { type: 'addFinding', finding: 'hotfixed the scaler' }, new Date('2026-11-22T11:00:00Z'));
    writeFileSync(join(out, 'runbook.yaml'), runbookText(state, 'runbook.yaml'));
    const report = join(dir, 'drift.json');
    writeFileSync(report, JSON.stringify(driftReportFixture()));
    const changelog = join(dir, 'model-changelog.yaml');
    writeFileSync(changelog, '- version: "2.0"\n  date: 2026-10-20\n');
    const io = captureIo();
    const code = await postmortemCommand.run(['new', '--incident', 'INC-1', '--report', report, '--out', out, '--changelog', changelog], io);
    assert.equal(code, 0, io.stderr.join('\n'));
    const path = join(out, 'postmortem.yaml');
    assert.deepEqual(io.stdout, [path]);
    const postmortem = readPostmortem(readFileSync(path, 'utf8'), path);
    assert.equal(postmortem.title, 'Income drift');
    assert.equal(postmortem.resolution, 'hotfixed the scaler');
    assert.equal(postmortem.rootCauseClass, 'feature-encoding-bug');
    assert.equal(postmortem.newAlerts[0]!.channel, '#ml-oncall');
    assert.ok(postmortem.timeline.some((e) => e.source === 'changelog'));
  });

  it('refuses to overwrite an existing postmortem, leaving it as it was', async () => {
    const out = join(dir, 'p');
    mkdirSync(out);
    writeFileSync(join(out, 'postmortem.yaml'), 'hand written\n');
    await assert.rejects(postmortemCommand.run(['new', '--incident', 'INC-1', '--out', out], captureIo()), /already exists; refusing to overwrite it/);
    assert.equal(readFileSync(join(out, 'postmortem.yaml'), 'utf8'), 'hand written\n');
  });

  it('refuses a file that is not a drift report, and a runbook of another incident', async () => {
    const report = join(dir, 'r.json');
    writeFileSync(report, '{"hello": 1}');
    await assert.rejects(postmortemCommand.run(['new', '--incident', 'INC-1', '--report', report, '--out', join(dir, 'a')], captureIo()), /not a drift report/);
    const out = join(dir, 'b');
    mkdirSync(out);
    writeFileSync(join(out, 'runbook.yaml'), runbookText(newRunbook('INC-2', 't', new Date()), 'runbook.yaml'));
    await assert.rejects(postmortemCommand.run(['new', '--incident', 'INC-1', '--out', out], captureIo()), /belongs to incident INC-2, not INC-1/);
  });

  it('exits 2 with the place on a broken runbook file', async () => {
    const out = join(dir, 'c');
    mkdirSync(out);
    writeFileSync(join(out, 'runbook.yaml'), 'schemaVersion: 1\nschemaVersion: 2\n');
    const io = captureIo();
    assert.equal(await postmortemCommand.run(['new', '--incident', 'INC-1', '--out', out], io), 2);
    assert.match(io.stderr[0]!, /runbook\.yaml:2:1: Map keys must be unique/);
  });
});

describe('parsePostmortemNewArgs', () => {
  it('needs a safe incident id', () => {
    assert.throws(() => parsePostmortemNewArgs(['new']), /--incident is required/);
    assert.throws(() => parsePostmortemNewArgs(['new', '--incident', '../../etc']), /incident id/);
    assert.throws(() => parsePostmortemNewArgs(['new', '--incident', 'X', '--force']), /unknown option/);
    assert.deepEqual(parsePostmortemNewArgs(['new', '--incident=X', '--out', 'o']), { incident: 'X', report: undefined, out: 'o', title: undefined, changelog: undefined, channel: '#ml-oncall' });
  });
});
