import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateObjectiveDto, ObjectiveRecord, ObjectiveService, UpdateObjectiveDto } from '#plan';
import { EVERYONE, STAFF } from '#access';
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
