import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import type { Database, PrismaOptions } from '../../src/db/database.js';
import { EMBEDDED_START_PARAMS, pgliteDatabase } from '../../src/db/embedded.js';
import { postgresDatabase } from '../../src/db/postgres.js';

export interface TestDatabase extends Database {
  /** SQL statements sent through Prisma since the last reset. */
  statements: string[];
}

/**
 * An in-memory copy of the migrated template, ready: its start-up (WebAssembly, loading the data)
 * is not charged to the first transaction, which Prisma gives two seconds to begin.
 */
async function openTemplateCopy(): Promise<PGlite> {
  const pglite = new PGlite({ loadDataDir: new Blob([await readFile(inject('templatePath'))]), startParams: EMBEDDED_START_PARAMS });
  await pglite.waitReady;
  return pglite;
}

/** A migrated database for one test file: a fresh embedded copy, or the PostgreSQL server of DATABASE_URL. */
export async function openTestDatabase({ wrapAdapter, transactionMaxWaitMs }: Pick<PrismaOptions, 'wrapAdapter' | 'transactionMaxWaitMs'> = {}): Promise<TestDatabase> {
  // Every read these statements answer is also asked of Prisma, and must agree (src/db/sql-reads/).
  const options = { log: [{ emit: 'event' as const, level: 'query' as const }], wrapAdapter, transactionMaxWaitMs, sqlReads: 'verify' as const };
  const url = process.env.DATABASE_URL;
  const database = url ? postgresDatabase(url, { poolSize: 5 }, options) : pgliteDatabase(await openTemplateCopy(), options);
  const statements: string[] = [];
  database.prisma.$on('query' as never, (event: { query: string }) => {
    // The usage meter's timer writes its counts whenever it fires: part of no request a test counts.
    if (!event.query.trimStart().startsWith('INSERT INTO "ApiUsage"')) statements.push(event.query);
  });
  return Object.assign(database, { statements });
}
