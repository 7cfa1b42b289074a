import { createHash, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { randomBase62 } from '../db/ids.js';

// prefix + 32 random base62 characters (190 bits) + 6 base62 characters of CRC32 over the rest:
// a leaked token is recognisable by its prefix, and a mistyped one is refused without a database read.
export const TOKEN_PREFIXES = {
  managementKey: 'stw_mk_',
  personalAccessToken: 'stw_pat_',
  clientSecret: 'stw_cs_',
  operatorToken: 'stw_sa_',
  storageToken: 'stw_st_',
  /** A console session, sent only as the console's cookie (`stw_cs_` is a client secret's). */
  consoleSession: 'stw_cn_',
} as const;

export type TokenKind = keyof typeof TOKEN_PREFIXES;

const BODY_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function checksum(text: string): string {
  let value = crc32(text);
  let out = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    out = BASE62[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out;
}

export function digestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function digestsEqual(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export interface IssuedToken {
  token: string;
  digest: string;
  lastFour: string;
}

export function issueToken(kind: TokenKind): IssuedToken {
  const unchecked = TOKEN_PREFIXES[kind] + randomBase62(BODY_LENGTH);
  const token = unchecked + checksum(unchecked);
  return { token, digest: digestToken(token), lastFour: token.slice(-4) };
}

/** The kind of a well-formed token with a valid checksum, or null. */
export function tokenKind(token: string): TokenKind | null {
  for (const [kind, prefix] of Object.entries(TOKEN_PREFIXES) as [TokenKind, string][]) {
    if (!token.startsWith(prefix)) continue;
    const expectedLength = prefix.length + BODY_LENGTH + CHECKSUM_LENGTH;
    if (token.length !== expectedLength || !/^[0-9A-Za-z]+$/.test(token.slice(prefix.length))) return null;
    const body = token.slice(0, -CHECKSUM_LENGTH);
    return checksum(body) === token.slice(-CHECKSUM_LENGTH) ? kind : null;
  }
  return null;
}
