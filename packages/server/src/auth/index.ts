export { type AuthOptions, type AuthEnv, type AuthState } from './options';
export { hashPassword, verifyPassword, needsRehash, DEFAULT_PASSWORD_PARAMS, type PasswordParams } from './passwords';
export { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login-limits';
export { SESSION_COOKIE } from './cookies';
export { mayInvite, mayInviteTo, mayInviteSomewhere, invitationOptions, type InvitationOption } from './roles';
