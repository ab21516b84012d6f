import { Inject, Injectable } from '@nestjs/common';
import { appendAuditEvent } from '#audit';
import { Database } from '#database';
import { type Actor, InvalidInputException, UnauthenticatedException } from '#kernel';
import { LoginThrottle } from './login-throttle.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { SignedInUsers } from './signed-in-users.js';
import { TokenService } from './token.service.js';
import type { UserRecord } from './user.dto.js';
import { UserRepository } from './user.repository.js';

export interface SignIn {
  accessToken: string;
  expiresAt: string;
  user: UserRecord;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(LoginThrottle) private readonly throttle: LoginThrottle,
    @Inject(Database) private readonly db: Database,
    @Inject(SignedInUsers) private readonly signedIn: SignedInUsers,
  ) {}

  async login(email: string, password: string, address: string): Promise<SignIn> {
    const normalised = email.trim().toLowerCase();
    await this.throttle.admit(address, normalised);
    const credentials = await this.users.findCredentials(normalised);
    const valid = await verifyPassword(credentials?.passwordHash ?? null, password);
    if (!credentials || !valid) {
      await this.throttle.failed(normalised, address);
      // One message for an unknown e-mail and a wrong password: nothing tells which accounts exist.
      throw new UnauthenticatedException({ key: 'badCredentials' });
    }
    await this.throttle.succeeded(normalised, address);
    return this.signIn(credentials.id, credentials.tokenVersion);
  }

  /** The actor behind a bearer token: valid signature, not expired, not revoked, account still there. */
  async authenticate(token: string, requestId: string | null): Promise<Actor> {
    const claims = await this.tokens.verify(token);
    const user = await this.signedIn.read(claims.userId, () => this.users.findSignedIn(claims.userId));
    if (!user || user.tokenVersion !== claims.tokenVersion) {
      throw new UnauthenticatedException({ key: 'signInNoLongerValid' });
    }
    return { userId: user.id, role: user.role, organisationId: user.organisationId, requestId, locale: user.locale };
  }

  me(actor: Actor): Promise<UserRecord> {
    return this.users.get(actor.userId ?? '');
  }

  async logout(actor: Actor): Promise<void> {
    await this.users.revokeTokens(this.db, actor.userId ?? '');
    this.signedIn.forget(actor.userId ?? '');
  }

  /** Changes the caller's password; every earlier token stops working, a new one is returned. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<SignIn> {
    const user = await this.users.get(actor.userId ?? '');
    const credentials = await this.users.findCredentials(user.email);
    if (!(await verifyPassword(credentials?.passwordHash ?? null, currentPassword))) {
      throw new InvalidInputException({ currentPassword: { key: 'isNotCorrect' } });
    }
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException({ newPassword: { key: 'passwordTooShort', min: MIN_PASSWORD_LENGTH } });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      await this.users.setPasswordHash(tx, user.id, passwordHash);
      await appendAuditEvent(tx, actor, {
        action: 'update',
        entityType: 'users',
        entityId: user.id,
        before: { password: 'changed' },
        after: { password: 'changed' },
      });
    });
    this.signedIn.forget(user.id);
    const fresh = await this.users.findCredentials(user.email);
    return this.signIn(user.id, fresh?.tokenVersion ?? 0);
  }

  private async signIn(userId: string, tokenVersion: number): Promise<SignIn> {
    const { token, expiresAt } = await this.tokens.issue({ userId, tokenVersion });
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: await this.users.get(userId) };
  }
}
