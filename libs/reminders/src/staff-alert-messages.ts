import { asLocale, formatDueDate, html, type Locale, translated as text, type Translatable } from '#i18n';
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

const WORDS: Record<
  Locale,
  {
    missedSubject: (org: string, from: string, to: string) => string;
    missedLead: (org: string, n: number, from: string, to: string) => string;
    digestSubject: (week: string) => string;
    overdue: string;
    atRisk: string;
    awaitingReview: string;
    unreported: (from: string, to: string) => string;
    none: string;
    more: (n: number) => string;
    due: string;
    open: string;
    footer: string;
  }
> = {
  en: {
    missedSubject: (org, from, to) => `[REX/587] ${org} did not report for ${from} – ${to}`,
    missedLead: (org, n, from, to) =>
      `${org} sent no progress report in the reporting period ${from} – ${to} on ${n} milestone(s) it is responsible for:`,
    digestSubject: (week) => `[REX/587] Weekly digest, week of ${week}`,
    overdue: 'Overdue milestones',
    atRisk: 'Milestones at risk',
    awaitingReview: 'Progress updates awaiting review',
    unreported: (from, to) => `Organisations that have not yet reported in the period ${from} – ${to}`,
    none: 'None.',
    more: (n) => `… and ${n} more`,
    due: 'due',
    open: 'Open the tracker',
    footer: 'You receive this as a member of the EESC staff following the REX/587 Action Plan.',
  },
  ru: {
    missedSubject: (org, from, to) => `[REX/587] ${org} не отчиталась за период ${from} – ${to}`,
    missedLead: (org, n, from, to) =>
      `${org} не представила отчёт о ходе работ за отчётный период ${from} – ${to} по этапам, за которые отвечает (${n}):`,
    digestSubject: (week) => `[REX/587] Еженедельная сводка, неделя с ${week}`,
    overdue: 'Просроченные этапы',
    atRisk: 'Этапы под угрозой',
    awaitingReview: 'Отчёты, ожидающие проверки',
    unreported: (from, to) => `Организации, ещё не отчитавшиеся за период ${from} – ${to}`,
    none: 'Нет.',
    more: (n) => `… и ещё ${n}`,
    due: 'срок',
    open: 'Открыть систему',
    footer: 'Вы получили это сообщение как сотрудник секретариата ЕЭСК, ведущий План действий REX/587.',
  },
  kk: {
    missedSubject: (org, from, to) => `[REX/587] ${org} ${from} – ${to} кезеңі үшін есеп бермеді`,
    missedLead: (org, n, from, to) =>
      `${org} ${from} – ${to} есептік кезеңінде өзі жауапты кезеңдер (${n}) бойынша жұмыс барысы туралы есеп бермеді:`,
    digestSubject: (week) => `[REX/587] Апталық шолу, ${week} басталатын апта`,
    overdue: 'Мерзімі өткен кезеңдер',
    atRisk: 'Қауіп төнген кезеңдер',
    awaitingReview: 'Тексеруді күтіп тұрған есептер',
    unreported: (from, to) => `${from} – ${to} кезеңі үшін әлі есеп бермеген ұйымдар`,
    none: 'Жоқ.',
    more: (n) => `… тағы ${n}`,
    due: 'мерзімі',
    open: 'Жүйені ашу',
    footer: 'Бұл хабарламаны REX/587 Іс-қимыл жоспарын жүргізетін ЕЭӘК хатшылығының қызметкері ретінде алдыңыз.',
  },
};

interface Section {
  heading: string;
  lines: string[];
  hidden: number;
}

/** Text and HTML from the same sections, so the two bodies never say different things. */
function compose(locale: Locale, subject: string, intro: string[], sections: Section[], link: string): RenderedMessage {
  const words = WORDS[locale];
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
  return lines
    .slice(0, DIGEST_LIST_LIMIT)
    .map((m) => `${m.code} ${text(m.title, locale)} (${WORDS[locale].due} ${formatDueDate(m.dueDate, locale)})`);
}

const section = (heading: string, lines: string[], total: number): Section => ({
  heading,
  lines,
  hidden: Math.max(0, total - lines.length),
});

/** To staff: an organisation let a reporting period pass without reporting on some of its milestones. */
export function renderMissedReport(input: MissedReportInput): RenderedMessage {
  const locale = asLocale(input.locale);
  const words = WORDS[locale];
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
  const words = WORDS[locale];
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
