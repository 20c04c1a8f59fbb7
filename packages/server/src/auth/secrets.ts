import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random secret (256 bits), URL-safe: session ids, CSRF tokens, invitation and API tokens. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores instead of a secret: its SHA-256, hex. A leaked table reveals no usable secret. */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares two strings in constant time (for equal lengths). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The shape of a secret made by `randomSecret` (43 URL-safe characters), checked before any lookup. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** API tokens carry a prefix so they are recognisable in scripts and secret scanners. */
export const TOKEN_PREFIX = 'koers_';
