/** What the API says about the signed-in user (GET /api/auth/me, and the login answer). */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'staff' | 'partner' | 'viewer';
  organisationId: string | null;
  locale: 'en' | 'ru' | 'kk';
  timeZone: string;
}

interface Session {
  accessToken: string;
  expiresAt: string;
  user: CurrentUser;
}

const KEY = 'rex587.session';

/**
 * The bearer token and the user it was issued to, kept in localStorage so a
 * reload keeps one signed in until the token expires (30 minutes by default,
 * after which the API answers 401 and the auth provider signs out).
 */
export const session = {
  read(): Session | null {
    try {
      // Expiry is the API's call (401 signs out): a browser clock that runs wrong must not lock anyone out.
      return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
    } catch {
      return null;
    }
  },
  save(value: Session): void {
    localStorage.setItem(KEY, JSON.stringify(value));
  },
  updateUser(user: CurrentUser): void {
    const current = session.read();
    if (current) session.save({ ...current, user });
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
  token(): string | null {
    return session.read()?.accessToken ?? null;
  },
};
