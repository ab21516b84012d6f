import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OrganisationService } from '../../../../libs/plan/src/organisation.service.js';
import { CreateOrganisationDto, UpdateOrganisationDto } from '../../../../libs/plan/src/plan.dto.js';
import { OrganisationRecord } from '../../../../libs/plan/src/plan.records.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController extends RestResourceController<
  OrganisationRecord,
  CreateOrganisationDto,
  UpdateOrganisationDto
>({
  resource: 'organisations',
  label: 'organisation',
  record: OrganisationRecord,
  create: CreateOrganisationDto,
  update: UpdateOrganisationDto,
}) {
  constructor(@Inject(OrganisationService) protected readonly service: OrganisationService) {
    super();
  }
}
