import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OrganisationService } from '../../../../libs/plan/src/organisation.service.js';
import { CreateOrganisationDto, UpdateOrganisationDto } from '../../../../libs/plan/src/plan.dto.js';
import { OrganisationRecord } from '../../../../libs/plan/src/plan.records.js';
import { EVERYONE, STAFF } from '../../../../libs/access/src/role.policy.js';
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
  policy: { read: EVERYONE, create: STAFF, update: STAFF, delete: STAFF },
}) {
  constructor(@Inject(OrganisationService) protected readonly service: OrganisationService) {
    super();
  }
}
