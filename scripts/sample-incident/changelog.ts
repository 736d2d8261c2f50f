// The sample workspace's model-changelog.yaml: the fraud-risk model's history up to the v2.4.0 deployment of
// the incident, with the comments a team leaves in such a file (tools that append entries must keep them).
// The v2.4.0 entry has no incident yet: finding it is what the sample workspace is for.
import { DEPLOY_MS, MODEL_AFTER, MODEL_BEFORE } from './incidents';

export function changelogYaml(): string {
  const deployedAt = new Date(DEPLOY_MS).toISOString().replace('.000Z', 'Z');
  return `# Model changelog for the card fraud-risk model (service: fraud-scorer).
# One entry per release or incident, oldest first. Owners: #ml-risk (model), #payments-data (features).
# Alerts listed under new_alerts_added are provisioned from this file by the monitoring job.
model: fraud-risk
entries:
  - version: v2.1.0
    date: 2026-05-12
    incident: INC-2026-0031
    root_cause: merchant_category mapping table not refreshed after the MCC 2026 update; new codes fell into "other"
    drift_signal: "chi-square p < 1e-6 and PSI 0.27 on merchant_category"
    resolution: refreshed the mapping, retrained on April data, added a freshness check on the mapping table
    new_alerts_added:
      - name: drift.merchant_category.psi
        threshold: 0.2
        channel: "#ml-oncall"
  # v2.2.0 was the first release through the shadow -> canary -> full ladder.
  - version: v2.2.0
    date: 2026-07-08
    incident: INC-2026-0077
    root_cause: device_trust_score vendor changed its scale from 0-100 to 0-1 without notice
    drift_signal: "PSI 4.1 on device_trust_score, all segments, step on 2026-07-02"
    resolution: rescaled at ingestion, vendor contract now pins the scale; retrained
    new_alerts_added:
      - name: drift.device_trust_score.psi
        threshold: 0.2
        channel: "#ml-oncall"
      - name: range.device_trust_score.max
        threshold: 1.0 # the vendor's documented maximum
        channel: pagerduty:fraud-scorer
  - version: ${MODEL_BEFORE}
    date: 2026-08-26
    incident: INC-2026-0102
    root_cause: label pipeline lag; chargebacks for August arrived 9 days late and calibration looked broken
    drift_signal: "label coverage 41% on 7-day-old traffic (normally above 85%)"
    resolution: no model change needed; retrained with the late labels and shipped as ${MODEL_BEFORE}
    new_alerts_added:
      - name: labels.coverage.7d
        threshold: 0.85
        channel: "#payments-data"
  # ${MODEL_AFTER}: retrained on re-sampled data (fraud cases up-weighted x3). Canary was skipped because the
  # offline AUC improved (0.912 -> 0.921). TODO(risk-ml): attach the calibration report.
  - version: ${MODEL_AFTER}
    date: ${deployedAt}
    changes: retrained on June-September with up-weighted fraud cases; serving image fraud-scorer:2026.10.20
    deployed_by: dana.okafor
`;
}
