import { Inject, Injectable } from '@nestjs/common';
import type { Actor, ListQuery, ResourceService } from '#kernel';
import { redactOrganisation } from '#access';
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

  async list(query: ListQuery, actor: Actor) {
    const page = await this.organisations.list(query);
    return { ...page, rows: page.rows.map((row) => redactOrganisation(row, actor)) };
  }

  async get(id: string, actor: Actor) {
    return redactOrganisation(await this.organisations.get(id), actor);
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
