import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateUserDto, UpdateUserDto, UserRecord } from '../../../../libs/access/src/user.dto.js';
import { UserService } from '../../../../libs/access/src/user.service.js';
import { ADMINS, STAFF } from '../../../../libs/access/src/role.policy.js';
import { RestResourceController } from '../http/rest-resource.controller.js';

@ApiTags('users')
@Controller('users')
export class UsersController extends RestResourceController<UserRecord, CreateUserDto, UpdateUserDto>({
  resource: 'users',
  label: 'user',
  record: UserRecord,
  create: CreateUserDto,
  update: UpdateUserDto,
  policy: { read: STAFF, create: ADMINS, update: ADMINS, delete: ADMINS },
}) {
  constructor(@Inject(UserService) protected readonly service: UserService) {
    super();
  }
}
