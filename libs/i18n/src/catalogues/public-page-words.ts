import type { Locale } from '../locale.js';

/** The words of the public summary page around the report's own (REPORT_WORDS). */
export interface PublicPageWords {
  heading: string;
  intro: string;
  none: string;
  languages: string;
}

export const PUBLIC_PAGE_WORDS: Record<Locale, PublicPageWords> = {
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
