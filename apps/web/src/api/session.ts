import { type Answer, answer, api } from './client';

/**
 * Who is signed in, as `/api/auth/me`, a login and an accepted invitation all answer it (the parts the three
 * share; the session keeps it; an accepted invitation has no `notice`). Typed by the server's routes.
 */
type Me = Answer<typeof api.auth.me.$get>;
export type MeResponse = Pick<Me, 'user' | 'memberships' | 'can' | 'csrfToken'> & Partial<Pick<Me, 'notice'>>;
export type SessionUser = MeResponse['user'];
export type Membership = MeResponse['memberships'][number];
/** What the server says this person may do (its own rules): the links and pages to show. */
export type Can = MeResponse['can'];
/** Failed sign-in attempts on this account before the current sign-in (the server's words, nl and en). */
export type SignInNotice = NonNullable<MeResponse['notice']>;

/** Who is signed in (401 when nobody is), with the CSRF token for writes. */
export const getMe = (): Promise<MeResponse> => answer(api.auth.me.$get());
export const logIn = (email: string, password: string): Promise<MeResponse> => answer(api.auth.login.$post({ json: { email, password } }));
export const logOut = (): Promise<void> => answer(api.auth.logout.$post()).then(() => undefined);
