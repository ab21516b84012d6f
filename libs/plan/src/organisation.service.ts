import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../access/src/actor.js';
import type { ListQuery } from '../../database/src/list-query.js';
import type { ResourceService } from '../../database/src/resource.service.js';
import { OrganisationRepository } from './organisation.repository.js';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './plan.dto.js';
import type { OrganisationRecord } from './plan.records.js';

@Injectable()
export class OrganisationService implements ResourceService<
  OrganisationRecord,
  CreateOrganisationDto,
  UpdateOrganisationDto
> {
  constructor(@Inject(OrganisationRepository) private readonly organisations: OrganisationRepository) {}

  list(query: ListQuery) {
    return this.organisations.list(query);
  }

  get(id: string) {
    return this.organisations.get(id);
  }

  create(input: CreateOrganisationDto, actor: Actor) {
    return this.organisations.create(actor, { reminderContacts: [], ...input });
  }

  update(id: string, input: UpdateOrganisationDto, expectedVersion: number, actor: Actor) {
    return this.organisations.update(actor, id, expectedVersion, { ...input });
  }

  remove(id: string, expectedVersion: number | null, actor: Actor) {
    return this.organisations.remove(actor, id, expectedVersion);
  }
}
