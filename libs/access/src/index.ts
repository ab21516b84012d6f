// Public surface of the access lib ('#access'). Accounts, sign-in, tokens, roles and scopes, rate limits: who may
// do what.
export { AccessModule } from './access.module.js';
export { AccountSlots, COSTLY_SLOTS, SEARCH_SLOTS } from './account-slots.js';
export { AuthService } from './auth.service.js';
export { DemoAccounts } from './demo-accounts.js';
export { resolveJwtSecret } from './jwt-secret.js';
export { hashPassword, MIN_PASSWORD_LENGTH } from './password.js';
export { RateLimitCount } from './rate-limit-count.entity.js';
export { rateLimitedAction, rateLimitKey } from './rate-limit.policy.js';
export { RateLimits } from './rate-limits.js';
export { hiddenReminderFields, redactMilestone, redactOrganisation, redactReminder } from './redaction.policy.js';
export { ADMINS, EVERYONE, hasRole, MONITORS, organisationOf, REPORTERS, STAFF } from './role.policy.js';
export { milestoneScope, progressUpdateScope, type Scope } from './scope.policy.js';
export { SignedInUsers } from './signed-in-users.js';
export { TokenService } from './token.service.js';
export { ChangePasswordDto, CreateUserDto, LoginDto, SignInDto, UpdateUserDto, UserRecord } from './user.dto.js';
export { User } from './user.entity.js';
export { UserRepository } from './user.repository.js';
export { UserService } from './user.service.js';
