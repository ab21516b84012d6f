import { Body, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '#kernel';
import { AuthService, ChangePasswordDto, EVERYONE, LoginDto, SignInDto, UserRecord } from '#access';
import { CurrentActor } from '../http/current-actor.decorator.js';
import { RecordBodyPipe } from '../http/record-body.pipe.js';
import { Allow, Limit, Public } from './access-policy.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; returns a short-lived bearer token' })
  @ApiOkResponse({ type: SignInDto })
  @ApiUnauthorizedResponse({ description: 'One message for an unknown e-mail and a wrong password' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this account or from this address (Retry-After)' })
  login(@Body(new RecordBodyPipe(LoginDto)) body: LoginDto, @Req() request: FastifyRequest) {
    return this.auth.login(body.email, body.password, request.ip);
  }

  @Get('me')
  @Allow(EVERYONE)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, with role and organisation' })
  @ApiOkResponse({ type: UserRecord })
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }

  @Post('logout')
  @Allow(EVERYONE)
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: every token issued so far to this user stops working' })
  @ApiNoContentResponse()
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.auth.logout(actor);
  }

  @Post('password')
  @Limit('password')
  @Allow(EVERYONE)
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOperation({ summary: 'Change your password: earlier tokens stop working, a new one is returned' })
  @ApiOkResponse({ type: SignInDto })
  changePassword(@Body(new RecordBodyPipe(ChangePasswordDto)) body: ChangePasswordDto, @CurrentActor() actor: Actor) {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }
}
