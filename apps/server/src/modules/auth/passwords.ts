import argon2 from 'argon2';
import { randomInt } from 'node:crypto';

// OWASP-recommended argon2id parameters: 19 MiB, 2 passes.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

let dummyHash: Promise<string> | undefined;

/** Verifies a password; with no hash it still spends the same work, so timing does not reveal unknown emails. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('kinerja-dummy-password');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A readable one-time password for a reset by the school operator, e.g. `kx7m-p2qa-9tnd`. */
export function temporaryPassword(): string {
  const group = () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}
