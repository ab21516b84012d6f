import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from './actor.js';
import { InvalidInputException } from '../../database/src/domain.exception.js';
import type { ListQuery } from '../../database/src/list-query.js';
import type { ResourceService } from '../../database/src/resource.service.js';
import type { CreateUserDto, UpdateUserDto, UserRecord } from './user.dto.js';
import { UserRepository } from './user.repository.js';
import type { Role } from './user.entity.js';

/** A partner speaks for one organisation: it must have one. */
function checkOrganisation(role: Role, organisationId: string | null): void {
  if (role === 'partner' && organisationId === null) {
    throw new InvalidInputException({ organisationId: 'is required for partners' });
  }
}

@Injectable()
export class UserService implements ResourceService<UserRecord, CreateUserDto, UpdateUserDto> {
  constructor(@Inject(UserRepository) private readonly users: UserRepository) {}

  list(query: ListQuery) {
    return this.users.list(query);
  }

  get(id: string) {
    return this.users.get(id);
  }

  create(input: CreateUserDto, actor: Actor) {
    checkOrganisation(input.role, input.organisationId ?? null);
    return this.users.create(actor, { ...input });
  }

  async update(id: string, input: UpdateUserDto, expectedVersion: number, actor: Actor) {
    const current = await this.users.get(id);
    checkOrganisation(
      input.role ?? current.role,
      input.organisationId === undefined ? current.organisationId : input.organisationId,
    );
    return this.users.update(actor, id, expectedVersion, { ...input });
  }

  remove(id: string, expectedVersion: number | null, actor: Actor) {
    return this.users.remove(actor, id, expectedVersion);
  }
}
