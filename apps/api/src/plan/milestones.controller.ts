import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MilestoneService } from '../../../../libs/plan/src/milestone.service.js';
import { CreateMilestoneDto, UpdateMilestoneDto } from '../../../../libs/plan/src/plan.dto.js';
import { MilestoneRecord } from '../../../../libs/plan/src/plan.records.js';
import { EVERYONE, STAFF } from '../../../../libs/access/src/role.policy.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

@ApiTags('milestones')
@Controller('milestones')
export class MilestonesController extends RestResourceController<
  MilestoneRecord,
  CreateMilestoneDto,
  UpdateMilestoneDto
>({
  resource: 'milestones',
  label: 'milestone',
  record: MilestoneRecord,
  create: CreateMilestoneDto,
  update: UpdateMilestoneDto,
  policy: { read: EVERYONE, create: STAFF, update: STAFF, delete: STAFF },
}) {
  constructor(@Inject(MilestoneService) protected readonly service: MilestoneService) {
    super();
  }
}
