import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt cost: N = 2^ln, block size r, parallelism p. The default (ln 16, r 8, p 2) is one of OWASP's
 * equivalent scrypt settings (64 MiB, about 0.25 s on one core here); its 2^17/8/1 twin needs twice
 * the memory for the same time, which matters when several logins hash at once.
 */
export interface PasswordParams {
  ln: number;
  r: number;
  p: number;
}

export const DEFAULT_PASSWORD_PARAMS: PasswordParams = { ln: 16, r: 8, p: 2 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const ENCODED = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{32,})$/;

function derive(password: string, salt: Buffer, params: PasswordParams, length: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  // Unicode passwords typed on different devices must hash alike (NIST SP 800-63B: normalise).
  const input = password.normalize('NFKC');
  return new Promise((resolve, reject) => {
    scrypt(input, salt, length, { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key));
  });
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

/**
 * Hashes a password with scrypt (node:crypto) and a random salt. The parameters travel inside the
 * result, so they can be raised later and old hashes still verify.
 * @example await hashPassword('correct paard batterij') // '$scrypt$ln=16,r=8,p=2$<salt>$<hash>'
 */
export async function hashPassword(password: string, params: PasswordParams = DEFAULT_PASSWORD_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params, KEY_LENGTH);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
}

function parse(encoded: string): { params: PasswordParams; salt: Buffer; key: Buffer } | undefined {
  const match = ENCODED.exec(encoded);
  if (!match) return undefined;
  const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (params.ln < 1 || params.ln > 24 || params.r < 1 || params.p < 1) return undefined;
  return { params, salt: Buffer.from(match[4]!, 'base64'), key: Buffer.from(match[5]!, 'base64') };
}

/** Whether `password` matches an encoded hash; compares in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parse(encoded);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash was made with weaker parameters than `params` and should be redone at the next login. */
export function needsRehash(encoded: string, params: PasswordParams = DEFAULT_PASSWORD_PARAMS): boolean {
  const parsed = parse(encoded);
  if (!parsed) return true;
  const { ln, r, p } = parsed.params;
  return ln < params.ln || r < params.r || p < params.p || parsed.key.length < KEY_LENGTH;
}
