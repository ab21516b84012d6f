import { localStorageStore, type Store } from 'react-admin';

/** react-admin's own key prefix (localStorageStore without an app key). */
const PREFIX = 'RaStore';
/** What outlives signing out: the interface language (`RaStore.locale`, JSON-encoded, e.g. `"kk"`). */
const KEPT_ON_SIGN_OUT = new Set(['locale']);

/**
 * react-admin's localStorage store, except that signing out (which resets the
 * store) keeps the chosen language. Resetting the language as well would make
 * the next person at the desk start in English, and it re-renders the whole
 * app in the middle of react-admin's logout redirect, which then loops.
 */
export function createStore(): Store {
  const store = localStorageStore();
  return {
    ...store,
    reset() {
      Object.keys(localStorage)
        .filter((key) => key.startsWith(`${PREFIX}.`))
        .map((key) => key.slice(PREFIX.length + 1))
        .filter((key) => !KEPT_ON_SIGN_OUT.has(key))
        .forEach((key) => store.removeItem(key));
    },
  };
}
