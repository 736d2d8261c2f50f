// Severity order for sorting and filtering (DOM-free, so its users are unit-testable in plain Node).
import type { Severity } from '../../src/core/drift/report';

export const severityRank: Readonly<Record<Severity, number>> = { ok: 0, warn: 1, critical: 2 };
