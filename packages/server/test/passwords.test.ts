import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_PARAMS, hashPassword, needsRehash, verifyPassword } from '../src';

const FAST = { ln: 4, r: 8, p: 1 };

describe('password hashing', () => {
  it('encodes scrypt parameters, a random salt and the key, and verifies only the right password', async () => {
    const a = await hashPassword('paard-batterij-nietje', FAST);
    const b = await hashPassword('paard-batterij-nietje', FAST);
    expect(a).toMatch(/^\$scrypt\$ln=4,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('paard-batterij-nietje', a)).toBe(true);
    expect(await verifyPassword('paard-batterij-nietjE', a)).toBe(false);
  });

  it('treats the same text typed as composed or decomposed Unicode alike', async () => {
    const hash = await hashPassword('café-wachtwoord', FAST);
    expect(await verifyPassword('cafe\u0301-wachtwoord', hash)).toBe(true);
  });

  it('never matches a malformed hash, and asks to redo it', async () => {
    for (const bad of ['', 'plain', '$scrypt$ln=99,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '$argon2id$v=19$m=1,t=1,p=1$x$y']) {
      expect(await verifyPassword('x', bad)).toBe(false);
      expect(needsRehash(bad)).toBe(true);
    }
  });

  it('asks to redo a hash made with weaker parameters than today\'s', async () => {
    const weak = await hashPassword('wachtwoord-123', FAST);
    expect(needsRehash(weak, DEFAULT_PASSWORD_PARAMS)).toBe(true);
    expect(needsRehash(weak, FAST)).toBe(false);
  });
});
