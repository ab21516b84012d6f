import type { Locale } from '../locale.js';
import type { ServerCatalogue } from './catalogue.js';
import { en } from './en.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

/** The server's texts, one catalogue per language. */
export const SERVER_CATALOGUES: Record<Locale, ServerCatalogue> = { en, ru, kk };

/** Every text the server writes, in the reader's language. */
export const serverWords = (locale: Locale): ServerCatalogue => SERVER_CATALOGUES[locale];
