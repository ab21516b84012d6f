import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ActionPlanService } from '../../../../libs/plan/src/action-plan.service.js';
import { CreateActionPlanDto, UpdateActionPlanDto } from '../../../../libs/plan/src/plan.dto.js';
import { ActionPlanRecord } from '../../../../libs/plan/src/plan.records.js';
import { EVERYONE, STAFF } from '../../../../libs/access/src/role.policy.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

@ApiTags('action-plans')
@Controller('action-plans')
export class ActionPlansController extends RestResourceController<
  ActionPlanRecord,
  CreateActionPlanDto,
  UpdateActionPlanDto
>({
  resource: 'action-plans',
  label: 'action plan',
  record: ActionPlanRecord,
  create: CreateActionPlanDto,
  update: UpdateActionPlanDto,
  policy: { read: EVERYONE, create: STAFF, update: STAFF, delete: STAFF },
}) {
  constructor(@Inject(ActionPlanService) protected readonly service: ActionPlanService) {
    super();
  }
}
