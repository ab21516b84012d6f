import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PriorityService } from '../../../../libs/plan/src/priority.service.js';
import { CreatePriorityDto, UpdatePriorityDto } from '../../../../libs/plan/src/plan.dto.js';
import { PriorityRecord } from '../../../../libs/plan/src/plan.records.js';
import { EVERYONE, STAFF } from '../../../../libs/access/src/role.policy.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

@ApiTags('priorities')
@Controller('priorities')
export class PrioritiesController extends RestResourceController<PriorityRecord, CreatePriorityDto, UpdatePriorityDto>({
  resource: 'priorities',
  label: 'priority',
  record: PriorityRecord,
  create: CreatePriorityDto,
  update: UpdatePriorityDto,
  policy: { read: EVERYONE, create: STAFF, update: STAFF, delete: STAFF },
}) {
  constructor(@Inject(PriorityService) protected readonly service: PriorityService) {
    super();
  }
}
