import {
  formatDueDate,
  html,
  type Locale,
  LOCALES,
  serverWords,
  type Translatable,
  translated,
  trustedHtml,
} from '#i18n';
import { opinionLines } from '#plan';
import type { PublicPlan } from './public-summary.repository.js';

/** The page's style sheet: fixed, written here, placed as it is. */
const STYLE =
  trustedHtml(`body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1b1b1b;line-height:1.45}
h1{color:#0d3c6e;margin-bottom:.25rem}h2{color:#0d3c6e;margin-top:2rem;font-size:1.2rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{border:1px solid #8c8c8c;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#0d3c6e;color:#fff}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
nav{float:right}a{color:#0b4f9c}.s-delayed{color:#a50e0e}.s-completed{color:#14652b}.s-at_risk{color:#8a4b00}
`);

/** A plain, script-free, accessible HTML page of the public summary (WCAG AA contrast, real tables). */
export function renderPublicPage(plan: PublicPlan, locale: Locale, selfPath: string): string {
  const { report: w, publicPage: p } = serverWords(locale);
  const t = (value: Translatable) => translated(value, locale);
  const date = (value: string) => formatDueDate(value.slice(0, 10), locale);
  const facts = opinionLines(plan.opinion, locale, null);
  const factLines = [
    facts.rapporteur ? html`<dt>${w.rapporteur}</dt><dd>${facts.rapporteur}</dd>` : null,
    facts.plenaryAdopted ? html`<dt>${w.plenaryAdopted}</dt><dd>${facts.plenaryAdopted}</dd>` : null,
    html`<dt>${w.asOf}</dt><dd>${date(plan.asOf)}</dd>`,
  ];
  const sections = plan.priorities.map((priority) => {
    const rows = priority.milestones.map(
      (m) => html`<tr><th scope="row">${m.code}</th><td>${t(m.title)}</td><td>${date(m.dueDate)}</td>
<td class="s-${m.status}">${w.statuses[m.status]}</td>
<td>${m.verifiedProgress === null ? w.notVerified : `${m.verifiedProgress}%`}</td>
<td>${[m.lead.shortCode, ...m.supporting.map((s) => s.shortCode)].join(', ')}</td></tr>\n`,
    );
    const table =
      rows.length > 0
        ? html`<table><thead><tr><th scope="col">${w.code}</th><th scope="col">${w.milestone}</th>
<th scope="col">${w.due}</th><th scope="col">${w.status}</th>
<th scope="col">${w.verified}</th><th scope="col">${w.lead}</th></tr></thead>
<tbody>${rows}</tbody></table>`
        : html`<p>${p.none}</p>`;
    return html`<section><h2>${w.priority} ${priority.code}. ${t(priority.title)}</h2>${table}</section>\n`;
  });
  const switcher = LOCALES.map((l, i) => [
    i > 0 ? ' · ' : null,
    l === locale
      ? html`<strong aria-current="true">${l.toUpperCase()}</strong>`
      : html`<a href="${selfPath}?lang=${l}" lang="${l}" hreflang="${l}">${l.toUpperCase()}</a>`,
  ]);
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${plan.code} – ${p.heading}</title>
<style>
${STYLE}</style>
</head>
<body>
<nav aria-label="${p.languages}">${switcher}</nav>
<header><p>${plan.code}</p><h1>${t(plan.title)}</h1><p>${p.heading}. ${p.intro}</p></header>
<main>
<dl>${factLines}</dl>
${sections}
</main>
</body>
</html>`.markup;
}
