import type { MilestoneStatus, ProgressUpdateState, Role } from '#contracts';

/**
 * A message already written in the reader's language, placed inside another: the reason in "Invalid query
 * parameter "sort": …". A message carries it as a message of its own (ServerMessage), written first.
 */
export type Rendered = string & { readonly rendered: true };

/** The actions a rate limit counts. */
export type RateLimitedActionName = 'write' | 'search' | 'export' | 'download' | 'import' | 'upload' | 'password';

/** What a record is, as its 404, 409 and "no … has this id" name it (the English word is the key). */
export type ResourceName =
  | 'action plan'
  | 'priority'
  | 'objective'
  | 'milestone'
  | 'organisation'
  | 'user'
  | 'progress update'
  | 'evidence file'
  | 'report'
  | 'audit event'
  | 'reminder'
  | 'notification'
  | 'calendar feed';

/** The kinds of file accepted as evidence (libs/progress evidence.policy.ts), as a person names them. */
export type EvidenceKindName =
  | 'PDF'
  | 'PNG image'
  | 'JPEG image'
  | 'WebP image'
  | 'Word document'
  | 'Excel workbook'
  | 'PowerPoint presentation'
  | 'OpenDocument text'
  | 'OpenDocument spreadsheet'
  | 'text'
  | 'CSV';

/** What staff may not do to a report a partner submitted. */
export type StaffChange = 'content' | 'delete' | 'addEvidence' | 'removeEvidence';

/** What a closed milestone cannot take. */
export type ClosedMilestoneRefusal = 'newUpdate' | 'resubmit' | 'approve';

/** A step of a progress update's review. */
export type ReviewStep = 'approve' | 'return' | 'reject' | 'submit';

/** A constraint checked on each value of a list (class-validator's `each`): "each value in daysBefore …". */
interface Each {
  field: string;
  each?: boolean;
}

/**
 * Every message the server writes for a person: an error's message, the reason beside a field (`errors`), an
 * import row's problems. A text with parameters is a function of them (field names, limits, allowed values, ids:
 * written as they are in every language); a reason (`Rendered`) is a message of its own. Russian counts take
 * one of three forms ("1 секунду", "3 секунды", "5 секунд"), Kazakh nouns do not change after a number.
 * English keeps the texts the API has always written, which clients and tests compare.
 */
export interface ServerMessageWords {
  // Limits (429, 413, 503): `seconds` is how long to wait.
  tooManySignInAttempts: (p: { seconds: number }) => string;
  rateLimited: (p: { action: RateLimitedActionName; seconds: number }) => string;
  tooManyAtOnce: string;
  statementTimeout: string;
  /** `limit` progress reports on one milestone in 24 hours. */
  updatesPerDay: (p: { limit: number; seconds: number }) => string;
  /** The evidence files of one progress report reached `megabytes`. */
  updateEvidenceStorage: (p: { megabytes: number }) => string;
  /** The evidence files of one organisation reached `megabytes`. */
  organisationEvidenceStorage: (p: { megabytes: number }) => string;

  // The refusals every resource shares.
  validationFailed: string;
  invalidQuery: (p: { parameter: string; reason: Rendered }) => string;
  notFound: (p: { resource: ResourceName; id: string }) => string;
  versionConflict: (p: { resource: ResourceName; version: number }) => string;
  versionRequired: string;
  inUse: (p: { resource: ResourceName }) => string;
  alreadyTaken: (p: { resource: ResourceName; field: string }) => string;
  noSuchRoute: (p: { method: string; path: string }) => string;
  internalError: string;
  /** A refusal of the HTTP library's own (`text`, in English), which has no text of ours. */
  requestRefused: (p: { status: number; text: string }) => string;

  // Sign-in and access (401, 403).
  signInFirst: string;
  badCredentials: string;
  signInExpired: string;
  signInNoLongerValid: string;
  tokenNotValid: string;
  needsRole: (p: { roles: readonly Role[] }) => string;
  noAccessPolicy: string;
  metricsOff: string;
  metricsNeedToken: string;
  notResponsible: string;
  partnersSubscribeToOwnCalendar: string;
  partnerOwnCalendarOnly: string;
  noFeedAtThisAddress: string;

  // The request itself (400, 413, 415).
  bodyMustBeObject: string;
  bodyNotJson: (p: { detail: string; position?: number }) => string;
  /** `problem` is one of the JSON shape reasons (nestsTooDeep, arrayTooLong, tooManyKeys). */
  bodyShape: (p: { problem: Rendered }) => string;
  bodyTooLarge: string;
  fileTooLarge: string;
  unsupportedMediaType: (p: { mediaType: string }) => string;
  sendMultipart: string;
  uploadUnreadable: string;
  /** `detail`: the multipart parser's words (English). */
  uploadMalformed: (p: { detail: string }) => string;
  callerWentAway: string;

  // Reasons beside a field or a query parameter: predicates of the field ("must be a UUID").
  /** `field` and what is wrong with it, inside a parameter's reason ("status must be one of …"). */
  fieldReason: (p: { field: string; reason: Rendered }) => string;
  /** A reason of a library's own (`text`, in English) that has no text of ours. */
  fieldProblem: (p: { text: string }) => string;
  mustBeOneOf: (p: { values: readonly string[] }) => string;
  mustBeEither: (p: { first: string; second: string }) => string;
  mustBeUuid: string;
  mustBeText: string;
  mustBeWholeNumber: string;
  mustBeDate: string;
  mustBeTimestamp: string;
  mustBeJsonObject: string;
  mustNotBeAfter: (p: { other: string }) => string;
  mustNotBeBefore: (p: { other: string }) => string;
  noNulCharacters: string;
  isRequired: string;
  requiredUuid: string;
  namesNoActionPlan: string;
  noneWithThisId: (p: { resource: ResourceName }) => string;
  noOrganisationWithId: (p: { id: string }) => string;
  isAlreadyUsed: string;
  isTooLong: string;
  hasInvalidValue: string;
  refersToNothing: string;
  breaksRule: (p: { rule: string }) => string;
  cannotCompare: string;
  isNotCorrect: string;
  passwordTooShort: (p: { min: number }) => string;
  requiredForPartners: string;
  requiredForOrganisationFeed: string;
  requiredForPlanFeed: string;
  leadNotSupporting: string;
  isEmpty: string;
  evidenceKinds: (p: { kinds: readonly EvidenceKindName[] }) => string;
  milestoneIs: (p: { status: MilestoneStatus }) => string;
  ifMatchShape: string;

  // List parameters (sort, range, filter).
  givenOnceAsJson: string;
  notValidJson: string;
  nestsTooDeep: (p: { levels: number }) => string;
  arrayTooLong: (p: { items: number }) => string;
  tooManyKeys: (p: { keys: number }) => string;
  sortShape: string;
  rangeShape: string;
  rangeSpan: (p: { rows: number }) => string;
  filterShape: string;
  unknownParameter: string;
  notASortField: (p: { field: string; resource: string; sortable: readonly string[] }) => string;
  /** `use`: the filters there are, where the list is short. */
  notAFilter: (p: { field: string; resource: string; use?: readonly string[] }) => string;
  cannotCompareWithNull: string;
  takesOneValue: string;
  mayListAtMost: (p: { max: number }) => string;
  notOffered: (p: { resource: string }) => string;
  mayBeAtMostCharacters: (p: { max: number }) => string;
  /** `estimated`: the total is the planner's estimate. */
  exportTooLarge: (p: { total: number; estimated: boolean; max: number }) => string;

  // Progress reports and their evidence.
  staffMayNotChange: (p: { change: StaffChange }) => string;
  noLongerEditable: (p: { state: ProgressUpdateState }) => string;
  noLongerTakesEvidence: (p: { state: ProgressUpdateState }) => string;
  keepsEvidence: (p: { state: ProgressUpdateState }) => string;
  keepsEvidenceAsIs: (p: { state: ProgressUpdateState }) => string;
  approvedIsKept: string;
  /** The approver `entered` the update, or last `revised` it. */
  ownApproval: (p: { did: 'entered' | 'revised' }) => string;
  cannotMoveNow: (p: { state: ProgressUpdateState; step: ReviewStep }) => string;
  milestoneClosed: (p: { code: string; status: MilestoneStatus; refusal: ClosedMilestoneRefusal }) => string;
  milestoneChangedSince: (p: { reported: number; current: number }) => string;
  evidenceNotAccepted: string;
  evidenceFilesMax: (p: { max: number }) => string;

  // The milestone import: the file, then each row.
  lacksColumns: (p: { columns: readonly string[] }) => string;
  unknownColumns: (p: { columns: readonly string[] }) => string;
  tooManyRows: (p: { max: number }) => string;
  notXlsx: string;
  noSheet: string;
  notUtf8: string;
  /** `detail`: the CSV parser's words (English); `line`, where it says. */
  notCsv: (p: { detail: string; line?: number }) => string;
  needsMemory: (p: { megabytes: number }) => string;
  tooSlow: (p: { seconds: number }) => string;
  noMilestoneRows: string;
  noObjectiveCode: (p: { code: string }) => string;
  noOrganisationShortCode: (p: { codes: readonly string[] }) => string;
  missingTranslation: string;
  codeInPlan: string;
  duplicateCode: (p: { row: number }) => string;
  /** An update row of a milestone edited since the file was exported (its `version` column). */
  changedSinceExport: (p: { exported: number; current: number }) => string;
  /** An update row naming another objective than the milestone's. */
  objectiveOfExisting: (p: { code: string }) => string;
  /** A shown status an import cannot record (delayed comes from the due date). */
  derivedStatus: string;
  rowsHaveErrors: (p: { invalid: number; total: number }) => string;

  // class-validator's constraints, as the DTOs use them (libs/database validation.ts), and our own.
  isUuid: (p: Each) => string;
  isIn: (p: Each & { values: readonly string[] }) => string;
  maxLength: (p: Each & { max: number }) => string;
  minLength: (p: Each & { min: number }) => string;
  min: (p: Each & { min: number }) => string;
  max: (p: Each & { max: number }) => string;
  isInt: (p: Each) => string;
  isEmail: (p: Each) => string;
  isUrl: (p: Each) => string;
  matches: (p: Each & { pattern: string }) => string;
  isCountryCode: (p: Each) => string;
  arrayMaxSize: (p: Each & { max: number }) => string;
  arrayUnique: (p: Each) => string;
  isArray: (p: Each) => string;
  isString: (p: Each) => string;
  isNotEmpty: (p: Each) => string;
  isBoolean: (p: Each) => string;
  nestedObject: (p: Each) => string;
  /** A property the resource does not have (whitelist). */
  notAllowed: (p: { field: string }) => string;
  unknownValue: string;
  isCalendarDate: (p: Each) => string;
  isTimeZone: (p: Each) => string;
  codeFormat: (p: { field: string }) => string;
  shortCodeFormat: (p: { field: string }) => string;
  feedLabelCharacters: (p: { field: string }) => string;
}
