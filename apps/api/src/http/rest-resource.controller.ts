import { Body, Delete, Get, Headers, HttpCode, Inject, Param, Post, Put, Query, Res, type Type } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionRequiredResponse,
  ApiQuery,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Role } from '#contracts';
import { Clock } from '#config';
import { type Actor, parseListQuery, type ResourceService } from '#kernel';
import { ListExporter } from '#reporting';
import { Allow, Limit } from '../access/access-policy.decorator.js';
import { CurrentActor } from './current-actor.decorator.js';
import { ApiListExport, sendListExport } from './list-export.js';
import { RecordBodyPipe } from './record-body.pipe.js';
import { etag, expectedVersion, optionalVersion, pageWithContentRange } from './versioning.js';

export interface RestResourceOptions {
  /** The path segment, e.g. `milestones`; also the Content-Range unit. */
  resource: string;
  label: string;
  record: Type;
  create: Type;
  update: Type;
  /** Roles allowed per operation; scoping to the caller's organisation happens in the service's queries. */
  policy: { read: readonly Role[]; create: readonly Role[]; update: readonly Role[]; delete: readonly Role[] };
}

/** The list parameters of react-admin's simple-rest provider, documented once. */
export function ApiListQuery(): MethodDecorator {
  return (target, key, descriptor) => {
    ApiQuery({
      name: 'sort',
      required: false,
      description: 'JSON ["field","ASC"|"DESC"]',
      example: '["dueDate","ASC"]',
    })(target, key, descriptor);
    ApiQuery({ name: 'range', required: false, description: 'JSON [start,end], at most 1000 rows', example: '[0,24]' })(
      target,
      key,
      descriptor,
    );
    ApiQuery({
      name: 'filter',
      required: false,
      description: 'JSON object: field equality, lists of values, field_gte/_lte/_gt/_lt/_neq, "q" full text',
      example: '{"status":"delayed"}',
    })(target, key, descriptor);
  };
}

/**
 * The five react-admin simple-rest routes of a resource. Controllers extend
 * the returned class, supply the service, and add their own actions.
 */
export function RestResourceController<T extends { version: number }, TCreate, TUpdate extends { version?: number }>(
  options: RestResourceOptions,
) {
  const { label, record, policy } = options;

  @ApiBearerAuth()
  abstract class RestResource {
    protected abstract readonly service: ResourceService<T, TCreate, TUpdate>;
    // Property injection: the subclasses' constructors name only their own services.
    @Inject(Clock) private readonly clock: Clock;
    // Files are written in worker threads: an XLSX of many rows is seconds of CPU.
    @Inject(ListExporter) private readonly exporter: ListExporter;

    @Get()
    @Allow(policy.read)
    @ApiOperation({ summary: `List ${options.resource}` })
    @ApiListQuery()
    @ApiOkResponse({ type: [record], description: `Header Content-Range: ${options.resource} 0-24/319` })
    @ApiBadRequestResponse({ description: 'Malformed sort, range or filter' })
    @ApiUnauthorizedResponse({ description: 'No valid sign-in' })
    @ApiForbiddenResponse({ description: 'The role may not do this' })
    async list(
      @Query() query: Record<string, unknown>,
      @Res({ passthrough: true }) reply: FastifyReply,
      @CurrentActor() actor: Actor,
    ): Promise<T[]> {
      const listQuery = parseListQuery(query);
      const page = await this.service.list(actor, listQuery);
      return pageWithContentRange(reply, options.resource, listQuery.range.start, page);
    }

    @Get('export')
    @Limit('export')
    @Allow(policy.read)
    @ApiListExport(`Export the ${options.resource} list as CSV or XLSX (same filter, sort and scope as the list)`)
    async export(
      @Query() query: Record<string, unknown>,
      @Res() reply: FastifyReply,
      @CurrentActor() actor: Actor,
    ): Promise<void> {
      await sendListExport(reply, {
        resource: options.resource,
        query,
        list: (page) => this.service.list(actor, page),
        actor,
        clock: this.clock,
        exporter: this.exporter,
      });
    }

    @Get(':id')
    @Allow(policy.read)
    @ApiOperation({ summary: `Read one ${label}` })
    @ApiOkResponse({ type: record, description: 'Header ETag: W/"<version>"' })
    @ApiNotFoundResponse()
    async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply, @CurrentActor() actor: Actor) {
      const found = await this.service.get(actor, id);
      void reply.header('ETag', etag(found.version));
      return found;
    }

    @Post()
    @Allow(policy.create)
    @HttpCode(201)
    @ApiOperation({ summary: `Create a ${label}` })
    @ApiBody({ type: options.create })
    @ApiCreatedResponse({ type: record })
    @ApiBadRequestResponse({
      description: '{"statusCode":400,"message":"Validation failed","errors":{"field":"reason"}}',
    })
    async create(
      @Body(new RecordBodyPipe(options.create)) body: TCreate,
      @Res({ passthrough: true }) reply: FastifyReply,
      @CurrentActor() actor: Actor,
    ) {
      const created = await this.service.create(actor, body);
      void reply.header('ETag', etag(created.version));
      return created;
    }

    @Put(':id')
    @Allow(policy.update)
    @ApiOperation({ summary: `Update a ${label} (compare-and-set on its version)` })
    @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<version>"; or send "version" in the body' })
    @ApiBody({ type: options.update })
    @ApiOkResponse({ type: record })
    @ApiConflictResponse({ description: 'Stale version: the body holds the current record as "current"' })
    @ApiPreconditionRequiredResponse({ description: 'Neither If-Match nor "version" was given' })
    @ApiNotFoundResponse()
    async update(
      @Param('id') id: string,
      @Body(new RecordBodyPipe(options.update)) body: TUpdate,
      @Headers('if-match') ifMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
      @CurrentActor() actor: Actor,
    ) {
      const updated = await this.service.update(actor, id, body, expectedVersion(ifMatch, body.version));
      void reply.header('ETag', etag(updated.version));
      return updated;
    }

    @Delete(':id')
    @Allow(policy.delete)
    @ApiOperation({ summary: `Delete a ${label}` })
    @ApiHeader({ name: 'If-Match', required: false, description: 'Only delete if still at this version' })
    @ApiOkResponse({ type: record, description: 'The deleted record' })
    @ApiNotFoundResponse()
    @ApiConflictResponse({ description: 'Still referenced, or stale version' })
    remove(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor) {
      return this.service.remove(actor, id, optionalVersion(ifMatch));
    }
  }
  return RestResource;
}
