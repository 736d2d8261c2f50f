// Writes the sample incident workspace:
//   npx tsx scripts/sample-incident/generate.ts --out test/fixtures/sample-incident
// Options: --seed N, --baseline-rows N, --serving-rows N (defaults: the committed fixture's).
import { parseArgs } from 'node:util';
import { DEFAULT_SAMPLE, writeSampleWorkspace } from './sampleWorkspace';

function positiveInteger(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      'baseline-rows': { type: 'string' },
      'serving-rows': { type: 'string' },
    },
  });
  if (!values.out) throw new Error('usage: generate.ts --out DIR [--seed N] [--baseline-rows N] [--serving-rows N]');
  const written = writeSampleWorkspace({
    out: values.out,
    seed: positiveInteger('seed', values.seed, DEFAULT_SAMPLE.seed),
    baselineRows: positiveInteger('baseline-rows', values['baseline-rows'], DEFAULT_SAMPLE.baselineRows),
    servingRows: positiveInteger('serving-rows', values['serving-rows'], DEFAULT_SAMPLE.servingRows),
  });
  for (const file of written) console.log(`wrote ${values.out}/${file}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
