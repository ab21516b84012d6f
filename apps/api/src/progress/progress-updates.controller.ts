import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateProgressUpdateDto,
  ProgressUpdateRecord,
  UpdateProgressUpdateDto,
} from '../../../../libs/progress/src/progress-update.dto.js';
import { ProgressUpdateService } from '../../../../libs/progress/src/progress-update.service.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

@ApiTags('progress-updates')
@Controller('progress-updates')
export class ProgressUpdatesController extends RestResourceController<
  ProgressUpdateRecord,
  CreateProgressUpdateDto,
  UpdateProgressUpdateDto
>({
  resource: 'progress-updates',
  label: 'progress update',
  record: ProgressUpdateRecord,
  create: CreateProgressUpdateDto,
  update: UpdateProgressUpdateDto,
}) {
  constructor(@Inject(ProgressUpdateService) protected readonly service: ProgressUpdateService) {
    super();
  }
}
