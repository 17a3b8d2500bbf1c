// argon2id with OWASP's recommended parameters (19 MiB, 2 iterations, 1 lane). The hash runs on
// libuv's thread pool (@node-rs/argon2, prebuilt): a login never blocks the event loop, so other
// requests are answered while a password is checked. Hashes are standard PHC strings, so those
// made earlier (with hash-wasm, the same parameters) still verify.
import { hash, verify } from '@node-rs/argon2';

// `Algorithm.Argon2id` is a const enum, which this build cannot import; its value is 2.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(password: string, encoded: string): Promise<boolean> {
  return verify(encoded, password).catch(() => false);
}
