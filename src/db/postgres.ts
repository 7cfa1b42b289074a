import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlQuery } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { prismaClient, type Database, type PrismaOptions } from './database.js';
import type { SqlSession } from './migrate.js';
import { statementNames } from './sql-reads/prepared.js';

function pgSession(client: pg.ClientBase): SqlSession {
  return {
    query: async (sql, params) => (await client.query(sql, params)).rows,
    exec: async (sql) => {
      await client.query(sql);
    },
    transaction: async (work) => {
      await client.query('BEGIN');
      try {
        const result = await work({ ...pgSession(client), transaction: () => Promise.reject(new Error('nested transactions are not supported')) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
}

// Prisma's own migrate lock id, so `prisma migrate deploy` and steward never migrate at once.
const MIGRATION_LOCK_ID = 72707369;

export interface PostgresSettings {
  poolSize: number;
  /** Statements of our own kept prepared on each connection (sql-reads/prepared.ts); 0 for none. 100 unless set. */
  statementCacheSize?: number;
}

export function postgresDatabase(connectionString: string, { poolSize, statementCacheSize = 100 }: PostgresSettings, options: PrismaOptions = {}): Database {
  // The adapter hands the name to pg as it is, and pg sends a statement without one unnamed (typed as always named).
  const statementNameGenerator = statementCacheSize > 0 ? (statementNames(statementCacheSize) as (query: SqlQuery) => string) : undefined;
  const prisma = prismaClient(options, new PrismaPg({ connectionString, max: poolSize }, { statementNameGenerator }));
  async function withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      return await work(pgSession(client));
    } finally {
      await client.end();
    }
  }
  return {
    kind: 'postgres',
    prisma,
    withSession,
    withMigrationSession: (work) =>
      withSession(async (session) => {
        await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        return work(session);
      }),
    close: () => prisma.$disconnect(),
  };
}
