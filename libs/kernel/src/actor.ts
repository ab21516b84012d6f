import type { Locale } from '#i18n';
import type { Role } from '#contracts';

/** Who is acting, as every service call receives it: the audit trail and scoping read it. */
export interface Actor {
  userId: string | null;
  role: Role | 'system';
  organisationId: string | null;
  /** The server's id of the request (X-Request-Id of the answer). */
  requestId: string | null;
  /** The caller's own X-Request-Id, when it is a well-formed one: kept beside the server's, never instead. */
  clientRequestId?: string | null;
  /** The person's language, for what the server tells them (absent for the system and in older tokens' tests). */
  locale?: Locale;
}

/** The actor of start-up tasks, seeds and jobs. */
export const SYSTEM_ACTOR: Actor = { userId: null, role: 'system', organisationId: null, requestId: null };
