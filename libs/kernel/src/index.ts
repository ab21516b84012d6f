// Public surface of the kernel lib ('#kernel'). The shared kernel: who acts, what can go wrong, list queries and
// pages, calendar dates, outbox messages, CSV cells and file names. Plain TypeScript: no framework, no database;
// depends only on i18n.
export { type Actor, SYSTEM_ACTOR } from './actor.js';
export { addDays, calendarDate } from './calendar-date.js';
export { csvWithBom, restoreFormula } from './csv-cells.js';
export {
  type DomainErrorCode,
  DomainException,
  EvidenceStorageException,
  ForbiddenException,
  InvalidInputException,
  InvalidQueryException,
  NotFoundException,
  RateLimitedException,
  TooManyAtOnceException,
  TooManyAttemptsException,
  UnauthenticatedException,
  UpdatesPerDayException,
  VersionConflictException,
  VersionRequiredException,
} from './domain.exception.js';
export { MAX_FILE_NAME_LENGTH, plainFileName } from './file-name.js';
export { JSON_LIMITS, jsonShapeProblem } from './json-limits.js';
export { type ListQuery, parseListQuery } from './list-query.js';
export { nulCharacterPaths } from './nul-characters.js';
export type { OutboxMessage, OutboxPayloads, OutboxTopic } from './outbox-messages.js';
export { RATE_LIMITED_ACTIONS, type RateLimitedAction } from './rate-limited-actions.js';
export type { Page, ResourceService } from './resource.service.js';
