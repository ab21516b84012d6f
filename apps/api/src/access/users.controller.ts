import { Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ADMINS, CreateUserDto, STAFF, UpdateUserDto, UserRecord, UserService } from '#access';
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
