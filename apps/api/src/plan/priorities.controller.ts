import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreatePriorityDto, PriorityRecord, PriorityService, UpdatePriorityDto } from '#plan';
import { EVERYONE, STAFF } from '#access';
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
