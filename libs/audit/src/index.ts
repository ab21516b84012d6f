// Public surface of the audit lib ('#audit'). The audit trail and the audited writes every resource shares
// (CrudRepository).
export { AuditEvent } from './audit-event.entity.js';
export { AUDIT_EVENT_LIST, AuditEventRecord, AuditEventRepository } from './audit-event.repository.js';
export { AuditModule } from './audit.module.js';
export { appendAuditEvent } from './audit.writer.js';
export { CrudRepository } from './crud.repository.js';
export { clientRequestId } from './request-id.policy.js';
