// A report with many features (copies of the sample's numeric one), for payload-cap tests.
import type { DriftReport, FeatureReport } from '../../../../src/core/drift/report';
import { sampleReport } from './sampleReport';

export function manyFeatures(count: number): DriftReport {
  const report = sampleReport();
  const template = report.features[1]!;
  const features: FeatureReport[] = Array.from({ length: count }, (_, i) => ({ ...template, id: `f${i}`, name: `feature_${i}` }));
  const series = report.timeline!.series[1]!;
  return {
    ...report,
    features,
    timeline: { ...report.timeline!, series: features.map((f) => ({ ...series, featureId: f.id })) },
    segments: report.segments.map((s) => ({ ...s, features: features.map((f) => ({ id: f.id, name: f.name, psi: 0.3, severity: 'critical' as const, onset: null })) })),
  };
}
