import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Config } from '../config.js';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { lockDataDir } from './data-dir-lock.js';
import type { SqlSession } from './migrate.js';

export type { PrismaClient };

export interface Database {
  kind: 'embedded' | 'postgres';
  prisma: PrismaClient;
  /** Runs work on a plain SQL session (a connection of its own on PostgreSQL). */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Runs work with exclusive use of the migration history (an advisory lock on PostgreSQL). */
  withMigrationSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Client options that tests and the server set: logging, so queries can be counted, and (tests) a hook on the driver. */
export interface PrismaOptions {
  log?: Prisma.PrismaClientOptions['log'];
  /** Wraps the driver adapter: tests make the database fail at a chosen moment. */
  wrapAdapter?: (adapter: SqlDriverAdapterFactory) => SqlDriverAdapterFactory;
}

function prismaClient({ wrapAdapter, ...options }: PrismaOptions, adapter: SqlDriverAdapterFactory): PrismaClient {
  return new PrismaClient({ ...options, adapter: wrapAdapter ? wrapAdapter(adapter) : adapter });
}

/**
 * PGlite's adapter without savepoints, which nested transactions need (a service's transaction
 * inside a REST mutation's, see src/graphql/atomic.ts); PostgreSQL's adapter has them.
 */
function withSavepoints(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  const run = (transaction: Transaction, sql: string) => transaction.executeRaw({ sql, args: [], argTypes: [] }).then(() => undefined);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const transaction = await startTransaction(isolationLevel);
        transaction.createSavepoint ??= (name) => run(transaction, `SAVEPOINT ${name}`);
        transaction.rollbackToSavepoint ??= (name) => run(transaction, `ROLLBACK TO SAVEPOINT ${name}`);
        transaction.releaseSavepoint ??= (name) => run(transaction, `RELEASE SAVEPOINT ${name}`);
        return transaction;
      };
      return adapter;
    },
  };
}

export function pgliteSession(db: Pick<PGlite, 'query' | 'exec'> & Partial<Pick<PGlite, 'transaction'>>): SqlSession {
  return {
    query: async (sql, params) => (await db.query(sql, params)).rows as never,
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (work) => {
      if (!db.transaction) throw new Error('nested transactions are not supported');
      return db.transaction((tx) => work(pgliteSession(tx)));
    },
  };
}

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

/** An embedded database on an already open PGlite (tests pass an in-memory clone). */
export function pgliteDatabase(pglite: PGlite, options: PrismaOptions = {}, release?: () => Promise<void>): Database {
  const prisma = prismaClient(options, withSavepoints(new PrismaPGlite(pglite)));
  return {
    kind: 'embedded',
    prisma,
    withSession: (work) => work(pgliteSession(pglite)),
    withMigrationSession: (work) => work(pgliteSession(pglite)),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      await release?.();
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

export async function openDatabase(config: Config, options: PrismaOptions = {}): Promise<Database> {
  if (config.DATABASE_URL) return postgresDatabase(config.DATABASE_URL, config.DATABASE_POOL_SIZE, options);
  const release = await lockDataDir(config.DATA_DIR);
  try {
    const pglite = await PGlite.create(path.join(config.DATA_DIR, 'pgdata'));
    return pgliteDatabase(pglite, options, release);
  } catch (error) {
    await release();
    throw error;
  }
}
