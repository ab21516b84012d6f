import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ActionPlanRecord, ActionPlanService, CreateActionPlanDto, UpdateActionPlanDto } from '#plan';
import { EVERYONE, STAFF } from '#access';
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
