import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ObjectiveService } from '../../../../libs/plan/src/objective.service.js';
import { CreateObjectiveDto, UpdateObjectiveDto } from '../../../../libs/plan/src/plan.dto.js';
import { ObjectiveRecord } from '../../../../libs/plan/src/plan.records.js';
import { EVERYONE, STAFF } from '../../../../libs/access/src/role.policy.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

@ApiTags('objectives')
@Controller('objectives')
export class ObjectivesController extends RestResourceController<
  ObjectiveRecord,
  CreateObjectiveDto,
  UpdateObjectiveDto
>({
  resource: 'objectives',
  label: 'objective',
  record: ObjectiveRecord,
  create: CreateObjectiveDto,
  update: UpdateObjectiveDto,
  policy: { read: EVERYONE, create: STAFF, update: STAFF, delete: STAFF },
}) {
  constructor(@Inject(ObjectiveService) protected readonly service: ObjectiveService) {
    super();
  }
}
