import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateOrganisationDto, OrganisationRecord, OrganisationService, UpdateOrganisationDto } from '#plan';
import { EVERYONE, STAFF } from '#access';
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
