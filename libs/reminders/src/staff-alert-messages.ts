import { asLocale, formatDueDate, html, type Locale, serverWords, translated as text, type Translatable } from '#i18n';
import { type RenderedMessage } from './reminder-messages.js';

export interface MilestoneLine {
  id: string;
  code: string;
  title: Translatable;
  dueDate: string;
}

export interface MissedReportInput {
  locale: string;
  organisation: { shortCode: string; name: Translatable };
  periodFrom: string;
  periodTo: string;
  milestones: MilestoneLine[];
  link: string;
}

/** The first lines of a list, and how long the whole list is. */
export interface Listed<T> {
  total: number;
  items: T[];
}

export interface PlanDigest {
  code: string;
  overdue: Listed<MilestoneLine>;
  atRisk: Listed<MilestoneLine>;
  /** Progress updates waiting for a reviewer, oldest first (submission date in the plan's zone). */
  awaitingReview: Listed<{ milestoneCode: string; organisationShortCode: string; submittedAt: string }>;
  /** Organisations with milestones not reported on in the current period. */
  unreported: Listed<{ shortCode: string; missing: number }>;
  periodFrom: string;
  periodTo: string;
}

export interface DigestInput {
  locale: string;
  weekOf: string;
  plans: PlanDigest[];
  link: string;
}

/** Lists in a digest show this many lines; the counts are always whole. */
export const DIGEST_LIST_LIMIT = 15;

interface Section {
  heading: string;
  lines: string[];
  hidden: number;
}

/** Text and HTML from the same sections, so the two bodies never say different things. */
function compose(locale: Locale, subject: string, intro: string[], sections: Section[], link: string): RenderedMessage {
  const words = serverWords(locale).staffAlerts;
  const body = (section: Section) => [
    ...(section.lines.length === 0 ? [words.none] : section.lines),
    ...(section.hidden > 0 ? [words.more(section.hidden)] : []),
  ];
  const textBody = [
    ...intro,
    ...sections.flatMap((section) => ['', `${section.heading}:`, ...body(section).map((line) => `- ${line}`)]),
    '',
    `${words.open}: ${link}`,
    '',
    words.footer,
  ].join('\n');
  const page = html`<!doctype html><html lang="${locale}"><body>
${intro.map(
  (line) => html`<p>${line}</p>
`,
)}
${sections.map(
  (section) => html`<h3>${section.heading}</h3>
<ul>${body(section).map((line) => html`<li>${line}</li>`)}</ul>
`,
)}
<p><a href="${link}">${words.open}</a></p>
<p style="color:#555;font-size:small">${words.footer}</p>
</body></html>`;
  return { subject, text: textBody, html: page.markup };
}

function milestoneLines(lines: MilestoneLine[], locale: Locale): Section['lines'] {
  const due = serverWords(locale).staffAlerts.due;
  return lines
    .slice(0, DIGEST_LIST_LIMIT)
    .map((m) => `${m.code} ${text(m.title, locale)} (${due} ${formatDueDate(m.dueDate, locale)})`);
}

const section = (heading: string, lines: string[], total: number): Section => ({
  heading,
  lines,
  hidden: Math.max(0, total - lines.length),
});

/** To staff: an organisation let a reporting period pass without reporting on some of its milestones. */
export function renderMissedReport(input: MissedReportInput): RenderedMessage {
  const locale = asLocale(input.locale);
  const words = serverWords(locale).staffAlerts;
  const org = `${input.organisation.shortCode} (${text(input.organisation.name, locale)})`;
  const from = formatDueDate(input.periodFrom, locale);
  const to = formatDueDate(input.periodTo, locale);
  return compose(
    locale,
    words.missedSubject(input.organisation.shortCode, from, to),
    [words.missedLead(org, input.milestones.length, from, to)],
    [section(input.organisation.shortCode, milestoneLines(input.milestones, locale), input.milestones.length)],
    input.link,
  );
}

/** To staff, each Monday: what needs their attention across the plans. */
export function renderDigest(input: DigestInput): RenderedMessage {
  const locale = asLocale(input.locale);
  const words = serverWords(locale).staffAlerts;
  const sections = input.plans.flatMap((plan) => {
    const prefix = input.plans.length > 1 ? `${plan.code}: ` : '';
    const heading = (title: string, list: Listed<unknown>) => `${prefix}${title} (${list.total})`;
    const period = words.unreported(formatDueDate(plan.periodFrom, locale), formatDueDate(plan.periodTo, locale));
    const reviews = plan.awaitingReview.items.map(
      (u) => `${u.milestoneCode}, ${u.organisationShortCode}, ${formatDueDate(u.submittedAt, locale)}`,
    );
    return [
      section(heading(words.overdue, plan.overdue), milestoneLines(plan.overdue.items, locale), plan.overdue.total),
      section(heading(words.atRisk, plan.atRisk), milestoneLines(plan.atRisk.items, locale), plan.atRisk.total),
      section(heading(words.awaitingReview, plan.awaitingReview), reviews, plan.awaitingReview.total),
      section(
        heading(period, plan.unreported),
        plan.unreported.items.map((o) => `${o.shortCode}: ${o.missing}`),
        plan.unreported.total,
      ),
    ];
  });
  return compose(locale, words.digestSubject(formatDueDate(input.weekOf, locale)), [], sections, input.link);
}
