import { Inject, Injectable } from '@nestjs/common';
import { type Actor, InvalidInputException, type ListQuery, type ResourceService } from '#kernel';
import { nextChildCode } from './code.policy.js';
import { ObjectiveRepository } from './objective.repository.js';
import type { CreateObjectiveDto, UpdateObjectiveDto } from './plan.dto.js';
import type { ObjectiveRecord } from './plan.dto.js';
import { PriorityRepository } from './priority.repository.js';

@Injectable()
export class ObjectiveService implements ResourceService<ObjectiveRecord, CreateObjectiveDto, UpdateObjectiveDto> {
  constructor(
    @Inject(ObjectiveRepository) private readonly objectives: ObjectiveRepository,
    @Inject(PriorityRepository) private readonly priorities: PriorityRepository,
  ) {}

  // Every role that may list them sees them all: no scope by actor.
  list(_actor: Actor, query: ListQuery) {
    return this.objectives.list(query);
  }

  get(_actor: Actor, id: string) {
    return this.objectives.get(id);
  }

  async create(actor: Actor, input: CreateObjectiveDto) {
    const priority = await this.priorities.find(input.priorityId);
    if (!priority) throw new InvalidInputException({ priorityId: { key: 'noneWithThisId', resource: 'priority' } });
    const siblings = await this.objectives.siblings(priority.id);
    return this.objectives.create(actor, {
      ...input,
      position: input.position ?? siblings.nextPosition,
      code: input.code ?? nextChildCode(priority.code, 'O', siblings.codes),
    });
  }

  update(actor: Actor, id: string, input: UpdateObjectiveDto, expectedVersion: number) {
    return this.objectives.update(actor, id, expectedVersion, { ...input });
  }

  remove(actor: Actor, id: string, expectedVersion: number | null) {
    return this.objectives.remove(actor, id, expectedVersion);
  }
}
