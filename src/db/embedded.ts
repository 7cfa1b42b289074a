import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { lockDataDir } from './data-dir-lock.js';
import { mapAdapters, prismaClient, type Database, type PrismaOptions } from './database.js';
import { migrate, type SqlSession } from './migrate.js';

/**
 * PGlite's adapter without savepoints, which nested transactions need (a service's transaction
 * inside a REST mutation's, see src/graphql/atomic.ts); PostgreSQL's adapter has them.
 */
function withSavepoints(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  const run = (transaction: Transaction, sql: string) => transaction.executeRaw({ sql, args: [], argTypes: [] }).then(() => undefined);
  return mapAdapters(factory, (adapter) => {
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      transaction.createSavepoint ??= (name) => run(transaction, `SAVEPOINT ${name}`);
      transaction.rollbackToSavepoint ??= (name) => run(transaction, `ROLLBACK TO SAVEPOINT ${name}`);
      transaction.releaseSavepoint ??= (name) => run(transaction, `RELEASE SAVEPOINT ${name}`);
      return transaction;
    };
    return adapter;
  });
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

/**
 * PostgreSQL's default 128 MB of shared buffers takes 0.4 s to set up at every start inside
 * WebAssembly and stays resident; the embedded database's files sit in the OS page cache anyway.
 */
export const EMBEDDED_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * The migrated database a new embedded database starts from, written beside the bundle by
 * scripts/bundle.ts: loading it takes half the time of PostgreSQL's initdb inside WebAssembly
 * followed by every migration. Run from the sources, there is none, and a new database is made so.
 */
export const EMBEDDED_TEMPLATE = new URL('./embedded-template.tar.gz', import.meta.url);

/** A database with every migration applied, as a tarball of its data directory (PGlite's dumpDataDir): gzipped unless asked. */
export async function migratedTemplate(compression: 'gzip' | 'none' = 'gzip'): Promise<Blob> {
  const pglite = await PGlite.create({ startParams: EMBEDDED_START_PARAMS });
  try {
    await migrate(pgliteSession(pglite));
    return await pglite.dumpDataDir(compression);
  } finally {
    await pglite.close();
  }
}

async function templateOf(file: URL): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(file)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The embedded database kept in `dataDir`, which this process holds until it closes it. A new one
 * is made from `template` where there is one; migrations later than the template apply as always.
 */
export async function openEmbeddedDatabase(dataDir: string, options: PrismaOptions = {}, template: URL | null = EMBEDDED_TEMPLATE): Promise<Database> {
  const release = await lockDataDir(dataDir);
  try {
    const pgdata = path.join(dataDir, 'pgdata');
    const loadDataDir = template && !existsSync(path.join(pgdata, 'PG_VERSION')) ? await templateOf(template) : undefined;
    const pglite = await PGlite.create(pgdata, { startParams: EMBEDDED_START_PARAMS, loadDataDir });
    return { ...pgliteDatabase(pglite, options, release), createdFromTemplate: loadDataDir !== undefined };
  } catch (error) {
    await release();
    throw error;
  }
}
