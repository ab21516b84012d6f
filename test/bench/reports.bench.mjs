// Benchmark of the plenary report downloads (not a test): a plan of 1,000 milestones (5 priorities, 50 objectives),
// every milestone with a verified figure, a self-reported one and a narrative, rendered as DOCX, PDF, XLSX and CSV
// in Kazakh (the widest script: the PDF embeds its font). Run with `npm run bench:reports`. Aim: DOCX and PDF < 3 s.
import { performance } from 'node:perf_hooks';
import { compareSnapshots, renderCsv, renderDocx, renderPdf, renderXlsx, reportView } from '#reporting';

const MILESTONES = Number(process.env.BENCH_MILESTONES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STATUSES = ['planned', 'in_progress', 'at_risk', 'delayed', 'completed'];
const org = (n) => ({ shortCode: `KZ-CSO-${n}`, name: { en: `Organisation ${n}`, kk: `Ұйым ${n}` } });

function snapshot(takenAt, shift) {
  const perObjective = MILESTONES / 50;
  let n = 0;
  return {
    takenAt,
    asOf: takenAt.slice(0, 10),
    plan: {
      id: 'plan',
      code: 'REX/587',
      title: { en: 'Enhancing cooperation between CSOs in the EU and Kazakhstan', kk: 'Ынтымақтастықты нығайту' },
      opinionReference: 'EESC REX/587',
      adoptedAt: '2025-03-27',
      timeZone: 'Asia/Almaty',
      opinion: {
        rapporteur: { en: 'Dumitru Fornea', kk: 'Думитру Форня' },
        plenarySession: { from: '2025-03-26', to: '2025-03-27' },
        votesFor: 147,
        votesAgainst: 0,
        abstentions: 3,
      },
      progress: 42.5,
    },
    priorities: Array.from({ length: 5 }, (_, p) => ({
      id: `p${p}`,
      code: `P${p + 1}`,
      title: { en: `Priority ${p + 1}`, kk: `Басымдық ${p + 1}` },
      progress: 40 + p,
      objectives: Array.from({ length: 10 }, (_, o) => ({
        id: `p${p}o${o}`,
        code: `P${p + 1}.O${o + 1}`,
        title: { en: `Objective ${o + 1}`, kk: `Мақсат ${o + 1}: азаматтық қоғам ұйымдарының әлеуетін арттыру` },
        progress: 35 + o,
        milestones: Array.from({ length: perObjective }, (_, m) => {
          n += 1;
          return {
            id: `m${n}`,
            code: `P${p + 1}.O${o + 1}.M${m + 1}`,
            title: { en: `Milestone ${n}`, kk: `Кезең ${n}: жастар алмасуы және тәжірибе бөлісу бағдарламасы` },
            startDate: '2026-01-01',
            dueDate: `2027-${String((n % 12) + 1).padStart(2, '0')}-15`,
            status: STATUSES[(n + shift) % STATUSES.length],
            progress: (n * 7 + shift) % 101,
            visibility: 'public',
            lead: org(n % 40),
            supporting: [org((n + 1) % 40), org((n + 2) % 40)],
            selfReported: {
              progress: (n * 7) % 101,
              status: 'in_progress',
              state: 'approved',
              at: '2026-11-20T10:00:00Z',
              by: 'KZ-CSO-1',
            },
            verified: { progress: (n * 7) % 101, status: 'in_progress', at: '2026-11-21T10:00:00Z', by: 'EESC staff' },
            narrative: { en: 'Report', kk: 'Семинар өтті, қатысушылар саны — 40, келесі кезең жоспарланды.' },
          };
        }),
      })),
    })),
  };
}

const previous = snapshot('2026-10-01T08:00:00Z', 0);
const current = snapshot('2026-11-27T08:00:00Z', 1);
const changes = compareSnapshots(current, { id: 'previous', content: previous });
const view = reportView(
  {
    title: 'Report to the plenary',
    periodFrom: '2026-07-01',
    periodTo: '2026-12-31',
    authorName: 'EESC staff',
    takenAt: current.takenAt,
  },
  current,
  changes,
  'kk',
);

const formats = {
  docx: () => renderDocx(view),
  pdf: () => renderPdf(view),
  xlsx: () => renderXlsx(view, current),
  csv: () => renderCsv(current, view.words, 'kk'),
};
const results = [];
for (const [format, render] of Object.entries(formats)) {
  await render(); // warm-up: module and font loading are not part of a request
  const times = [];
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    size = (await render()).length;
    times.push((performance.now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  results.push({
    format,
    milestones: MILESTONES,
    median: `${times[Math.floor(times.length / 2)].toFixed(2)} s`,
    worst: `${times.at(-1).toFixed(2)} s`,
    size: `${(size / 1024).toFixed(0)} kB`,
  });
}
console.log(JSON.stringify(results));
console.table(results);
console.log('aim: DOCX and PDF under 3 s each for 1,000 milestones');
