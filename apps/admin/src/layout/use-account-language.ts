import { useEffect } from 'react';
import { useGetIdentity, useLocaleState } from 'react-admin';
import { LOCALES } from '../providers/i18n-provider.js';

/** Where react-admin's store keeps the interface language (see providers/store.ts). */
const CHOSEN_LANGUAGE_KEY = 'RaStore.locale';

/**
 * The first time someone signs in on a browser that has no language chosen
 * yet, the interface takes the language of their account (a focal point in
 * Almaty set up in Russian gets Russian). From then on the switcher decides.
 */
export function useAccountLanguage(): void {
  const { identity } = useGetIdentity();
  const [, setLocale] = useLocaleState();
  const accountLanguage = identity?.locale as string | undefined;
  useEffect(() => {
    const known = LOCALES.some((language) => language.locale === accountLanguage);
    if (accountLanguage && known && localStorage.getItem(CHOSEN_LANGUAGE_KEY) === null) setLocale(accountLanguage);
  }, [accountLanguage, setLocale]);
}
