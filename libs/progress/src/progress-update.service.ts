import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../access/src/actor.js';
import { DomainException, InvalidInputException } from '../../database/src/domain.exception.js';
import type { ListQuery } from '../../database/src/list-query.js';
import type { ResourceService } from '../../database/src/resource.service.js';
import { MilestoneRepository } from '../../plan/src/milestone.repository.js';
import type { CreateProgressUpdateDto, ProgressUpdateRecord, UpdateProgressUpdateDto } from './progress-update.dto.js';
import { ProgressUpdateRepository } from './progress-update.repository.js';
import { isEditable } from './progress-update.policy.js';

@Injectable()
export class ProgressUpdateService implements ResourceService<
  ProgressUpdateRecord,
  CreateProgressUpdateDto,
  UpdateProgressUpdateDto
> {
  constructor(
    @Inject(ProgressUpdateRepository) private readonly updates: ProgressUpdateRepository,
    @Inject(MilestoneRepository) private readonly milestones: MilestoneRepository,
  ) {}

  list(query: ListQuery) {
    return this.updates.list(query);
  }

  get(id: string) {
    return this.updates.get(id);
  }

  async create(input: CreateProgressUpdateDto, actor: Actor) {
    if (!(await this.milestones.find(input.milestoneId))) {
      throw new InvalidInputException({ milestoneId: 'no milestone has this id' });
    }
    return this.updates.create(actor, { evidence: [], submittedById: actor.userId ?? undefined, ...input });
  }

  async update(id: string, input: UpdateProgressUpdateDto, expectedVersion: number, actor: Actor) {
    const current = await this.updates.get(id);
    if (!isEditable(current.state)) {
      throw new DomainException('conflict', `A progress update that was ${current.state} can no longer be edited`);
    }
    const { progress, status, narrative, evidence } = input;
    return this.updates.update(actor, id, expectedVersion, { progress, status, narrative, evidence });
  }

  remove(id: string, expectedVersion: number | null, actor: Actor) {
    return this.updates.remove(actor, id, expectedVersion);
  }
}
