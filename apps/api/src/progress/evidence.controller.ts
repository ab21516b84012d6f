import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '#kernel';
import { EVERYONE, REPORTERS } from '#access';
import { EVIDENCE_MAX_BYTES, EvidenceFileRecord, EvidenceService } from '#progress';
import { Allow, Limit } from '../access/access-policy.decorator.js';
import { sendAttachment } from '../http/attachment.js';
import { uploadedFile } from '../http/uploaded-file.js';
import { CurrentActor } from '../http/current-actor.decorator.js';

/** Evidence files of a progress update: upload (multipart), download, remove. */
@ApiTags('progress-updates')
@ApiBearerAuth()
@Controller('progress-updates/:id/evidence')
export class EvidenceController {
  constructor(@Inject(EvidenceService) private readonly evidence: EvidenceService) {}

  @Post()
  @Limit('upload')
  @Allow(REPORTERS)
  @HttpCode(201)
  @ApiOperation({
    summary: `Attach a file (PDF, image, office document, text; at most ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB)`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
  })
  @ApiCreatedResponse({ type: EvidenceFileRecord })
  @ApiPayloadTooLargeResponse({ description: 'File above the size limit' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a multipart/form-data upload' })
  async upload(@Param('id') id: string, @Req() request: FastifyRequest, @CurrentActor() actor: Actor) {
    return this.evidence.attach(actor, id, await uploadedFile(request));
  }

  @Get(':fileId')
  @Limit('download')
  @Allow(EVERYONE)
  @ApiOperation({ summary: 'Download an evidence file' })
  @ApiOkResponse({ description: 'The file, as an attachment' })
  @ApiNotFoundResponse()
  async download(
    @Param('id') id: string,
    @Param('fileId') fileId: string,
    @Res() reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    const file = await this.evidence.download(actor, id, fileId);
    await sendAttachment(reply, { fileName: file.fileName, contentType: file.contentType, body: file.content });
  }

  @Delete(':fileId')
  @Allow(REPORTERS)
  @ApiOperation({ summary: 'Remove an evidence file while the update can still be edited' })
  @ApiOkResponse({ type: EvidenceFileRecord })
  @ApiNotFoundResponse()
  remove(@Param('id') id: string, @Param('fileId') fileId: string, @CurrentActor() actor: Actor) {
    return this.evidence.remove(actor, id, fileId);
  }
}
