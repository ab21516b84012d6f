import { Inject, Injectable } from '@nestjs/common';
import { type Role } from '#contracts';
import { type Actor, InvalidInputException, type ListQuery, type ResourceService } from '#kernel';
import type { CreateUserDto, UpdateUserDto, UserRecord } from './user.dto.js';
import { UserRepository } from './user.repository.js';
import { hashPassword } from './password.js';
import { SignedInUsers } from './signed-in-users.js';

/** A partner speaks for one organisation: it must have one. */
function checkOrganisation(role: Role, organisationId: string | null): void {
  if (role === 'partner' && organisationId === null) {
    throw new InvalidInputException({ organisationId: { key: 'requiredForPartners' } });
  }
}

@Injectable()
export class UserService implements ResourceService<UserRecord, CreateUserDto, UpdateUserDto> {
  constructor(
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(SignedInUsers) private readonly signedIn: SignedInUsers,
  ) {}

  // Every role that may list them sees them all: no scope by actor.
  list(_actor: Actor, query: ListQuery) {
    return this.users.list(query);
  }

  get(_actor: Actor, id: string) {
    return this.users.get(id);
  }

  async create(actor: Actor, input: CreateUserDto) {
    checkOrganisation(input.role, input.organisationId ?? null);
    const { password, ...fields } = input;
    return this.users.create(actor, { ...fields, passwordHash: password ? await hashPassword(password) : undefined });
  }

  async update(actor: Actor, id: string, input: UpdateUserDto, expectedVersion: number) {
    const current = await this.users.get(id);
    checkOrganisation(
      input.role ?? current.role,
      input.organisationId === undefined ? current.organisationId : input.organisationId,
    );
    const { password, ...fields } = input;
    const passwordHash = password ? await hashPassword(password) : undefined;
    // A new password or role signs the user out everywhere.
    const revoke = password !== undefined || (input.role !== undefined && input.role !== current.role);
    const updated = await this.users.update(actor, id, expectedVersion, { ...fields, passwordHash }, async (tx) => {
      if (revoke) await this.users.revokeTokens(tx, id);
    });
    // The notification reaches every process; this one must not answer before it forgets.
    this.signedIn.forget(id);
    return updated;
  }

  async remove(actor: Actor, id: string, expectedVersion: number | null) {
    const removed = await this.users.remove(actor, id, expectedVersion);
    this.signedIn.forget(id);
    return removed;
  }
}
