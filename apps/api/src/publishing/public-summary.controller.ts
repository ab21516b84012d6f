import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Locale, LOCALES } from '#i18n';
import { InvalidQueryException, NotFoundException } from '#kernel';
import { PublicSummaryRepository, renderPublicPage } from '#publishing';
import { Public } from '../access/access-policy.decorator.js';

/** The plan for everyone, without signing in: public milestones and verified progress only. */
@ApiTags('public')
@Controller('public')
export class PublicSummaryController {
  constructor(@Inject(PublicSummaryRepository) private readonly summaries: PublicSummaryRepository) {}

  @Get('plans')
  @Public()
  @ApiOperation({ summary: 'The plans with a public summary' })
  @ApiOkResponse({ description: 'id, code and title of each plan' })
  plans() {
    return this.summaries.plans();
  }

  @Get('plans/:plan')
  @Public()
  @ApiOperation({
    summary: 'A plan’s public summary: JSON, or an HTML page for browsers (Accept: text/html, or ?format=html)',
  })
  @ApiQuery({ name: 'format', enum: ['json', 'html'], required: false })
  @ApiQuery({ name: 'lang', enum: LOCALES, required: false, description: 'Language of the HTML page' })
  @ApiProduces('application/json', 'text/html')
  @ApiNotFoundResponse()
  async summary(
    @Param('plan') idOrCode: string,
    @Query('format') format: unknown,
    @Query('lang') lang: unknown,
    @Headers('accept') accept: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (format !== undefined && format !== 'json' && format !== 'html') {
      throw new InvalidQueryException('format', { key: 'mustBeEither', first: 'json', second: 'html' });
    }
    if (lang !== undefined && !(LOCALES as readonly unknown[]).includes(lang)) {
      throw new InvalidQueryException('lang', { key: 'mustBeOneOf', values: LOCALES });
    }
    const plan = await this.summaries.plan(idOrCode);
    if (!plan) throw new NotFoundException('action plan', idOrCode);
    const html = format === 'html' || (format === undefined && (accept ?? '').includes('text/html'));
    void reply.header('Vary', 'Accept').header('Cache-Control', 'public, max-age=60');
    if (!html) {
      await reply.send(plan);
      return;
    }
    const path = `/api/public/plans/${encodeURIComponent(idOrCode)}`;
    await reply.type('text/html; charset=utf-8').send(renderPublicPage(plan, (lang as Locale) ?? 'en', path));
  }
}
