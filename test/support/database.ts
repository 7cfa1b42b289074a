import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { pgliteDatabase, postgresDatabase, type Database } from '../../src/db/database.js';

export interface TestDatabase extends Database {
  /** SQL statements sent through Prisma since the last reset. */
  statements: string[];
}

/** A migrated database for one test file: a fresh embedded copy, or the PostgreSQL server of DATABASE_URL. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const options = { log: [{ emit: 'event' as const, level: 'query' as const }] };
  const url = process.env.DATABASE_URL;
  const database = url
    ? postgresDatabase(url, 5, options)
    : pgliteDatabase(new PGlite({ loadDataDir: new Blob([await readFile(inject('templatePath'))]) }), options);
  const statements: string[] = [];
  database.prisma.$on('query' as never, (event: { query: string }) => statements.push(event.query));
  return Object.assign(database, { statements });
}
