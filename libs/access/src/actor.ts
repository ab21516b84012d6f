import type { Locale } from '../../i18n/src/index.js';
import type { Role } from './user.entity.js';

/** Who is acting, as every service call receives it: the audit trail and scoping read it. */
export interface Actor {
  userId: string | null;
  role: Role | 'system';
  organisationId: string | null;
  requestId: string | null;
  /** The person's language, for what the server tells them (absent for the system and in older tokens' tests). */
  locale?: Locale;
}

/** The actor of start-up tasks, seeds and jobs. */
export const SYSTEM_ACTOR: Actor = { userId: null, role: 'system', organisationId: null, requestId: null };
