import type { MeResponse } from '../session/session';
import { apiFetch } from './client';

/** Who is signed in (401 when nobody is), with the CSRF token for writes. */
export const getMe = () => apiFetch<MeResponse>('/api/auth/me');
export const logIn = (email: string, password: string) => apiFetch<MeResponse>('/api/auth/login', { method: 'POST', body: { email, password } });
export const logOut = () => apiFetch<void>('/api/auth/logout', { method: 'POST' });
