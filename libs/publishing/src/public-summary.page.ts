import { escapeHtml, formatDueDate, type Locale, type Translatable, translated } from '#i18n';
import { REPORT_WORDS } from '#reporting';
import type { PublicPlan } from './public-summary.repository.js';

const PAGE_WORDS: Record<Locale, { heading: string; intro: string; none: string; languages: string }> = {
  en: {
    heading: 'Public progress summary',
    intro: 'Public milestones of the Action Plan and the progress verified by the EESC secretariat.',
    none: 'No public milestone yet.',
    languages: 'Languages',
  },
  ru: {
    heading: 'Открытая сводка о ходе работ',
    intro: 'Открытые этапы Плана действий и прогресс, подтверждённый секретариатом ЕЭСК.',
    none: 'Открытых этапов пока нет.',
    languages: 'Языки',
  },
  kk: {
    heading: 'Жұмыс барысы туралы ашық шолу',
    intro: 'Іс-қимыл жоспарының ашық кезеңдері және ЕЭӘК хатшылығы растаған орындалу барысы.',
    none: 'Әзірге ашық кезең жоқ.',
    languages: 'Тілдер',
  },
};

/** A plain, script-free, accessible HTML page of the public summary (WCAG AA contrast, real tables). */
export function renderPublicPage(plan: PublicPlan, locale: Locale, selfPath: string): string {
  const w = REPORT_WORDS[locale];
  const p = PAGE_WORDS[locale];
  const t = (value: Translatable) => escapeHtml(translated(value, locale));
  const date = (value: string) => escapeHtml(formatDueDate(value.slice(0, 10), locale));
  const facts = plan.opinion;
  const factLines = [
    facts.rapporteur ? `<dt>${escapeHtml(w.rapporteur)}</dt><dd>${escapeHtml(facts.rapporteur)}</dd>` : '',
    facts.plenarySession
      ? `<dt>${escapeHtml(w.plenaryAdopted)}</dt><dd>${escapeHtml(facts.plenarySession)}${
          facts.votesFor !== undefined
            ? ` (${escapeHtml(w.vote(facts.votesFor, facts.votesAgainst ?? 0, facts.abstentions ?? 0))})`
            : ''
        }</dd>`
      : '',
    `<dt>${escapeHtml(w.asOf)}</dt><dd>${date(plan.asOf)}</dd>`,
  ].join('');
  const sections = plan.priorities
    .map((priority) => {
      const rows = priority.milestones
        .map(
          (m) => `<tr><th scope="row">${escapeHtml(m.code)}</th><td>${t(m.title)}</td><td>${date(m.dueDate)}</td>
<td class="s-${m.status}">${escapeHtml(w.statuses[m.status])}</td>
<td>${m.verifiedProgress === null ? escapeHtml(w.notVerified) : `${m.verifiedProgress}%`}</td>
<td>${escapeHtml([m.lead.shortCode, ...m.supporting.map((s) => s.shortCode)].join(', '))}</td></tr>`,
        )
        .join('\n');
      const table = rows
        ? `<table><thead><tr><th scope="col">${escapeHtml(w.code)}</th><th scope="col">${escapeHtml(w.milestone)}</th>
<th scope="col">${escapeHtml(w.due)}</th><th scope="col">${escapeHtml(w.status)}</th>
<th scope="col">${escapeHtml(w.verified)}</th><th scope="col">${escapeHtml(w.lead)}</th></tr></thead>
<tbody>${rows}</tbody></table>`
        : `<p>${escapeHtml(p.none)}</p>`;
      return `<section><h2>${escapeHtml(w.priority)} ${escapeHtml(priority.code)}. ${t(priority.title)}</h2>${table}</section>`;
    })
    .join('\n');
  const switcher = (['en', 'ru', 'kk'] as const)
    .map((l) =>
      l === locale
        ? `<strong aria-current="true">${l.toUpperCase()}</strong>`
        : `<a href="${escapeHtml(selfPath)}?lang=${l}" lang="${l}" hreflang="${l}">${l.toUpperCase()}</a>`,
    )
    .join(' · ');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(plan.code)} – ${escapeHtml(p.heading)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1b1b1b;line-height:1.45}
h1{color:#0d3c6e;margin-bottom:.25rem}h2{color:#0d3c6e;margin-top:2rem;font-size:1.2rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{border:1px solid #8c8c8c;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#0d3c6e;color:#fff}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
nav{float:right}a{color:#0b4f9c}.s-delayed{color:#a50e0e}.s-completed{color:#14652b}.s-at_risk{color:#8a4b00}
</style>
</head>
<body>
<nav aria-label="${escapeHtml(p.languages)}">${switcher}</nav>
<header><p>${escapeHtml(plan.code)}</p><h1>${t(plan.title)}</h1><p>${escapeHtml(p.heading)}. ${escapeHtml(p.intro)}</p></header>
<main>
<dl>${factLines}</dl>
${sections}
</main>
</body>
</html>`;
}
