import { expect } from 'vitest';
import type { PrismaClient } from '../../src/generated/prisma/client.js';

/** Steward's tokens, and webhook signing secrets as Standard Webhooks writes them. */
const SECRET = /stw_(?:pat|mk|cs|sa|st|cn)_[0-9A-Za-z]{38}|whsec_[0-9A-Za-z+\/]{43}=/g;

/** Every secret this test file was handed, by the API or by a helper. */
const handedOut = new Set<string>();

/** The secret with its last character changed: never the secret itself, whatever character it ends with. */
export function tampered(secret: string): string {
  return secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
}

export function rememberSecrets(text: string): void {
  for (const [secret] of text.matchAll(SECRET)) handedOut.add(secret);
}

/** No table holds a secret we were given, nor its random part. */
export async function expectNoSecretsStored(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const rows: string[] = [];
  for (const { name } of tables) {
    const dump = await prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name.replaceAll('"', '""')}" AS t`);
    rows.push(...dump.map(({ row }) => row));
  }
  const everything = rows.join('\n');
  const found = [...handedOut].filter((secret) => everything.includes(secret.slice(secret.lastIndexOf('_') + 1)));
  expect(found, `secrets stored in the database (${handedOut.size} checked)`).toEqual([]);
}
