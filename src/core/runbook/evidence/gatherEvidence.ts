// One entry point for the evidence button of any step.
import type { StepId } from '../steps';
import { blastRadiusEvidence } from './blastRadius';
import { defineEvidence } from './define';
import { fixEvidence } from './fix';
import { infrastructureEvidence } from './infrastructure';
import { layerEvidence } from './layer';
import { postmortemEvidence } from './postmortem';
import { skewEvidence } from './skew';
import type { EvidenceSources, StepEvidence } from './stepEvidence';

const builders: Record<StepId, (sources: EvidenceSources) => StepEvidence> = {
  define: defineEvidence,
  infrastructure: infrastructureEvidence,
  skew: skewEvidence,
  layer: layerEvidence,
  blastRadius: blastRadiusEvidence,
  fix: fixEvidence,
  postmortem: postmortemEvidence,
};

export function gatherEvidence(step: StepId, sources: EvidenceSources): StepEvidence {
  return builders[step](sources);
}
