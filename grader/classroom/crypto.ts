/**
 * Authenticated encryption of the hidden suite (AES-256-GCM, node:crypto). File layout:
 * `DLFSUITE` · version (1 byte) · key check (8 bytes) · IV (12) · tag (16) · ciphertext of the
 * gzipped module source. The header is authenticated too (AAD). The key check (an HMAC of a fixed
 * label under the key) lets a wrong key be told apart from a modified file without revealing the key.
 * Keys travel as base64 text (44 characters), e.g. in the `DLF_SUITE_KEY` secret.
 *
 * @example
 *   const key = newSuiteKey();
 *   const blob = encryptSuite('export const x = 1;', key);
 *   decryptSuite(blob, key);   // 'export const x = 1;'
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = Buffer.from('DLFSUITE', 'ascii');
const VERSION = 1;
const HEADER = MAGIC.length + 1 + 8;
const IV = 12;
const TAG = 16;

export class SuiteDecryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SuiteDecryptError';
  }
}

export function newSuiteKey(): Buffer {
  return randomBytes(32);
}

export function encodeKey(key: Buffer): string {
  return key.toString('base64');
}

/** Parse a base64 key (whitespace ignored); throws a clear error for anything but 32 bytes. */
export function parseKey(text: string): Buffer {
  const clean = text.replace(/\s+/g, '');
  const key = Buffer.from(clean, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || key.length !== 32) {
    throw new SuiteDecryptError('DLF_SUITE_KEY is not a valid suite key (expected 44 base64 characters, as written by `dlf autograder github --key-out`)');
  }
  return key;
}

const keyCheck = (key: Buffer): Buffer => createHmac('sha256', key).update('dlf-suite-key-check/1').digest().subarray(0, 8);

export function encryptSuite(source: string, key: Buffer): Buffer {
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION]), keyCheck(key)]);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(gzipSync(Buffer.from(source, 'utf8'))), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

export function decryptSuite(blob: Buffer, key: Buffer): string {
  if (blob.length < HEADER + IV + TAG || !blob.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SuiteDecryptError('the hidden suite file is not a dlf suite (bad header): re-export it with `dlf autograder github`');
  }
  if (blob[MAGIC.length] !== VERSION) throw new SuiteDecryptError(`the hidden suite file has format version ${blob[MAGIC.length]}, this runtime reads version ${VERSION}`);
  const header = blob.subarray(0, HEADER);
  if (!timingSafeEqual(header.subarray(MAGIC.length + 1), keyCheck(key))) {
    throw new SuiteDecryptError('wrong key: DLF_SUITE_KEY does not belong to this hidden suite (set the secret from the key file written together with .dlf/suite.enc)');
  }
  const iv = blob.subarray(HEADER, HEADER + IV);
  const tag = blob.subarray(HEADER + IV, HEADER + IV + TAG);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(blob.subarray(HEADER + IV + TAG)), decipher.final()]);
  } catch {
    throw new SuiteDecryptError('the hidden suite file was modified or is corrupted (authentication failed): restore .dlf/suite.enc from the starter');
  }
  return gunzipSync(plain).toString('utf8');
}
