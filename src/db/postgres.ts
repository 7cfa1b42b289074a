import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { prismaClient, type Database, type PrismaOptions } from './database.js';
import type { SqlSession } from './migrate.js';

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

export function postgresDatabase(connectionString: string, poolSize: number, options: PrismaOptions = {}): Database {
  const prisma = prismaClient(options, new PrismaPg({ connectionString, max: poolSize }));
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
