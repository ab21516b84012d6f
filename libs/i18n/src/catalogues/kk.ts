import type { ServerCatalogue } from './catalogue.js';
import { formatNumber } from './plurals.js';

const number = (n: number) => formatNumber('kk', n);
/** "30 секундтан": as before "кейін" (after); a Kazakh noun does not change after a number. */
const seconds = (n: number) => `${number(n)} секундтан`;

/** Every text the server writes in Kazakh. */
export const kk: ServerCatalogue = {
  report: {
    report: 'Пленарлық сессияға баяндама',
    opinion: 'Қорытынды',
    rapporteur: 'Баяндамашы',
    section: 'Секция',
    sectionAdopted: 'Секция қабылдаған күн',
    plenaryAdopted: 'Пленарлық сессияда қабылданған',
    vote: (f, a, ab) => `жақтап — ${f}, қарсы — ${a}, қалыс қалғандар — ${ab}`,
    period: 'Есептік кезең',
    asOf: 'Жағдай',
    author: 'Дайындаған',
    planProgress: 'Жалпы орындалу барысы',
    summary: 'Басымдықтар бойынша жиынтық',
    priority: 'Басымдық',
    objective: 'Мақсат',
    progress: 'Орындалуы',
    milestones: 'Кезеңдер',
    code: 'Коды',
    milestone: 'Кезең',
    start: 'Басталуы',
    due: 'Мерзімі',
    status: 'Мәртебесі',
    selfReported: 'Серіктестердің деректері',
    verified: 'Тексерілген',
    lead: 'Жетекші ұйым',
    supporting: 'Қолдаушы ұйымдар',
    narrative: 'Соңғы есеп',
    notVerified: 'тексерілмеген',
    notReported: 'есеп жоқ',
    // As in Russian, the percent sign set apart by a no-break space: "57,8 %".
    percent: (figure) => `${figure}\u00a0%`,
    verifiedBy: (p, by, date) => `${p} (${by}, ${date})`,
    staffEntered: 'ЕЭӘК қызметкерлері енгізген',
    reportedBy: (p, by, date, state) => `${p} (${by}, ${date}, ${state})`,
    reportedStatus: 'хабарланған мәртебе',
    reviewState: 'тексеру',
    reportingOrganisation: 'ұйым',
    submittedOn: 'есеп күні',
    reviewedBy: 'тексерген',
    reviewedOn: 'тексерілген күні',
    changes: 'Соңғы баяндамадан бергі өзгерістер',
    changesSince: (date) => `${date} баяндамасынан бергі өзгерістер`,
    firstReport: 'Бұл жоспар бойынша алғашқы баяндама: салыстыратын ертерек баяндама жоқ.',
    noChanges: 'Соңғы баяндамадан бері өзгеріс жоқ.',
    added: 'Жаңа кезеңдер',
    removed: 'Алынып тасталған кезеңдер',
    completed: 'Орындалды',
    newlyDelayed: 'Алғаш рет кешіктірілді',
    dueDateChanged: 'Мерзімі өзгерді',
    progressChanged: 'Орындалуы өзгерді',
    statusChanged: 'Мәртебесі өзгерді',
    statuses: {
      planned: 'Жоспарланған',
      in_progress: 'Орындалуда',
      at_risk: 'Қауіп төнген',
      delayed: 'Кешіктірілген',
      completed: 'Орындалған',
      cancelled: 'Күші жойылған',
    },
    reviewStates: { submitted: 'тексеруді күтуде', approved: 'қабылданды', returned: 'пысықтауға қайтарылды' },
    generated: (date) => `REX/587 Іс-қимыл жоспарының мониторинг жүйесі ${date} дайындаған.`,
  },
  publicPage: {
    heading: 'Жұмыс барысы туралы ашық шолу',
    intro: 'Іс-қимыл жоспарының ашық кезеңдері және ЕЭӘК хатшылығы растаған орындалу барысы.',
    none: 'Әзірге ашық кезең жоқ.',
    languages: 'Тілдер',
  },
  reminders: {
    leads: {
      upcoming: (n) => `${n} күннен кейін орындалуы тиіс`,
      tomorrow: () => 'ертең орындалуы тиіс',
      due: () => 'бүгін орындалуы тиіс',
      overdue_1: () => 'кеше орындалуы тиіс еді, орындалғаны туралы хабарланбады',
      overdue_weekly: (days) => `${days} күнге кешіктірілді`,
      escalation: (days) => `${days} күнге кешіктірілді: жауапты ұйымдарға жіберілген еске салулар нәтиже бермеді`,
    },
    words: {
      milestone: 'Кезең',
      due: 'Мерзімі',
      action: 'Кезеңді ашу',
      partnerAction: 'Жүйеде жұмыс барысы туралы хабарлаңыз',
      footer: 'Бұл хабарламаны сіздің ұйымыңыз REX/587 Іс-қимыл жоспарының осы кезеңіне жауапты болғандықтан алдыңыз.',
    },
  },
  staffAlerts: {
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
  notifications: {
    titles: {
      'progress-update.submitted': (code) => `${code} бойынша жаңа есеп тексеруді күтуде`,
      'progress-update.approved': (code) => `${code} бойынша есебіңіз бекітілді`,
      'progress-update.returned': (code) => `${code} бойынша есебіңіз пысықтауға қайтарылды`,
      'progress-update.rejected': (code) => `${code} бойынша есебіңіз қабылданбады`,
      'milestone.reassigned': (code) => `Енді ${code} кезеңіне сіздің ұйымыңыз жауапты`,
    },
    staffEnteredTitles: {
      'progress-update.submitted': (code) =>
        `${code} бойынша ұйым үшін ЕЭӘК қызметкерлері енгізген жаңа есеп тексеруді күтуде`,
      'progress-update.approved': (code) => `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп бекітілді`,
      'progress-update.returned': (code) =>
        `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп пысықтауға қайтарылды`,
      'progress-update.rejected': (code) =>
        `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп қабылданбады`,
    },
  },
  messages: {
    tooManySignInAttempts: (s) => `Кіру әрекеттері тым көп; ${seconds(s)} кейін қайталаңыз`,
    counted: {
      write: 'өзгерістер',
      search: 'іздеу сұраулары',
      export: 'экспорттар',
      download: 'жүктеп алулар',
      import: 'импорттар',
      upload: 'файл жүктеулері',
      password: 'құпиясөзді өзгерту әрекеттері',
    },
    rateLimited: (counted, s) => `Бұл тіркелгіден ${counted} тым көп; ${seconds(s)} кейін қайталаңыз`,
    tooManyAtOnce: 'Бұл тіркелгіден бір мезетте тым көп сұрау; орындалып жатқандарын күтіп, қайталаңыз',
    statementTimeout:
      'Дерекқор бұл сұрауды тым ұзақ өңдеп, тоқтатты; біраздан кейін қайталаңыз немесе бір мезетте азырақ ' +
      'сұраңыз (қысқарақ іздеу, кішірек бет)',
    updatesPerDay: (limit, s) =>
      `Ұйымыңыз соңғы 24 сағатта осы кезең бойынша ${number(limit)} есеп жіберді, бұл шек; ${seconds(s)} кейін қайталаңыз`,
    updateEvidenceStorage: (mb) =>
      `Есепке ${number(mb)} МБ-тан аспайтын файлдар тіркеуге болады; файлды жойыңыз немесе кішірек файл жіберіңіз`,
    organisationEvidenceStorage: (mb) =>
      `Ұйымыңыздың файлдары ${number(mb)} МБ-қа жетті, бұл шек; шекті көтеруді ЕЭӘК қызметкерлерінен сұраңыз`,
  },
};
