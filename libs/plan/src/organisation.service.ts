import { Inject, Injectable } from '@nestjs/common';
import type { Actor, ListQuery, ResourceService } from '#kernel';
import { redactOrganisation } from '#access';
import { OrganisationRepository } from './organisation.repository.js';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './plan.dto.js';
import type { OrganisationRecord } from './plan.dto.js';

@Injectable()
export class OrganisationService implements ResourceService<
  OrganisationRecord,
  CreateOrganisationDto,
  UpdateOrganisationDto
> {
  constructor(@Inject(OrganisationRepository) private readonly organisations: OrganisationRepository) {}

  async list(actor: Actor, query: ListQuery) {
    const page = await this.organisations.list(query);
    return { ...page, rows: page.rows.map((row) => redactOrganisation(row, actor)) };
  }

  async get(actor: Actor, id: string) {
    return redactOrganisation(await this.organisations.get(id), actor);
  }

  create(actor: Actor, input: CreateOrganisationDto) {
    return this.organisations.create(actor, { reminderContacts: [], ...input });
  }

  update(actor: Actor, id: string, input: UpdateOrganisationDto, expectedVersion: number) {
    return this.organisations.update(actor, id, expectedVersion, { ...input });
  }

  remove(actor: Actor, id: string, expectedVersion: number | null) {
    return this.organisations.remove(actor, id, expectedVersion);
  }
}
