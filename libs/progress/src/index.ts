// Public surface of the progress lib ('#progress'). Progress updates, their review, evidence files and reporting
// completeness.
export { CompletenessRepository, CompletenessRow } from './completeness.repository.js';
export { CompletenessService } from './completeness.service.js';
export { EvidenceFile } from './evidence-file.entity.js';
export { EvidenceFileRecord } from './evidence-file.repository.js';
export { EVIDENCE_MAX_BYTES, evidenceFileName } from './evidence.policy.js';
export { EvidenceService } from './evidence.service.js';
export {
  ApproveProgressUpdateDto,
  CreateProgressUpdateDto,
  ProgressUpdateRecord,
  ReviewCommentDto,
  UpdateProgressUpdateDto,
} from './progress-update.dto.js';
export { ProgressUpdate } from './progress-update.entity.js';
export { ProgressUpdateRepository } from './progress-update.repository.js';
export { ProgressUpdateService } from './progress-update.service.js';
export { ProgressModule } from './progress.module.js';
export { reportingPeriod } from './reporting-period.policy.js';
