// The prediction score's distribution, baseline against current.
import type { DisplayHistogram } from '../drift/report';
import type { ChartView } from './chartView';
import { histogramOverlay } from './histogramOverlay';

/** Score distribution: the histogram overlay of the prediction score column (shares per equal bin). */
export function scoreDistribution(scoreColumn: string, histogram: DisplayHistogram): ChartView {
  const chart = histogramOverlay(scoreColumn, histogram, { title: `Prediction score (${scoreColumn})` });
  const description = `Prediction score distribution. ${chart.description}`;
  return { ...chart, kind: 'scoreDistribution', description, spec: { ...chart.spec, description } };
}
