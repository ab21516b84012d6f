import { HttpError, type AuthProvider } from 'react-admin';
import { API_URL, httpClient } from './http-client.js';
import { session, type CurrentUser } from './session.js';

/** What views ask of the signed-in user to decide what to show (the API enforces it anyway). */
export interface Permissions {
  userId: string;
  role: CurrentUser['role'];
  organisationId: string | null;
}

async function fetchMe(): Promise<CurrentUser> {
  const { json } = await httpClient(`${API_URL}/auth/me`);
  session.updateUser(json as CurrentUser);
  return json as CurrentUser;
}

/** Sign-in with e-mail and password against /api/auth; the identity comes from /api/auth/me. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const response = await fetch(`${API_URL}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: username, password }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      accessToken?: string;
      expiresAt?: string;
      user?: CurrentUser;
      message?: string;
    };
    if (!response.ok || !body.accessToken || !body.expiresAt || !body.user) {
      throw new HttpError(body.message ?? 'ra.auth.sign_in_error', response.status, body);
    }
    session.save({ accessToken: body.accessToken, expiresAt: body.expiresAt, user: body.user });
    // Partners land on their own milestones; everyone else on the dashboard.
    return { redirectTo: body.user.role === 'partner' ? '/my-milestones' : '/' };
  },
  async logout() {
    if (session.token()) await httpClient(`${API_URL}/auth/logout`, { method: 'POST' }).catch(() => undefined);
    session.clear();
  },
  async checkAuth() {
    if (!session.token()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    // 401: the token expired or was revoked (logout elsewhere, password change). 403 only means "not for you".
    if (error?.status === 401) {
      session.clear();
      throw new Error('ra.notification.logged_out');
    }
  },
  async getIdentity() {
    const user = session.read()?.user ?? (await fetchMe());
    return { ...user, id: user.id, fullName: user.name };
  },
  async getPermissions(): Promise<Permissions | null> {
    const stored = session.read()?.user;
    // Nobody signed in: no permissions (react-admin then sends the visitor to the login page).
    if (!stored) return null;
    return { userId: stored.id, role: stored.role, organisationId: stored.organisationId };
  },
};
