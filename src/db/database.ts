import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { SqlSession } from './migrate.js';
import { withSqlReads, type SqlReadsMode } from './sql-reads/client.js';

export type { PrismaClient };

export interface Database {
  kind: 'embedded' | 'postgres';
  prisma: PrismaClient;
  /** Runs work on a plain SQL session (a connection of its own on PostgreSQL). */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Runs work with exclusive use of the migration history (an advisory lock on PostgreSQL). */
  withMigrationSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** An embedded database made just now from the migrated template (embedded.ts). */
  createdFromTemplate?: boolean;
}

/** Client options that tests and the server set: logging, so queries can be counted, and (tests) a hook on the driver. */
export interface PrismaOptions {
  log?: Prisma.PrismaClientOptions['log'];
  /** Wraps the driver adapter: tests make the database fail at a chosen moment. */
  wrapAdapter?: (adapter: SqlDriverAdapterFactory) => SqlDriverAdapterFactory;
  /** Reads answered by statements of our own (sql-reads/client.ts); `on` unless set. */
  sqlReads?: SqlReadsMode;
  /** How long a transaction may wait to start; TRANSACTION_MAX_WAIT_MS unless set. */
  transactionMaxWaitMs?: number;
}

/**
 * How long a transaction may wait for its turn (an embedded database runs one statement at a time)
 * or a free connection (PostgreSQL's pool) before its request is answered 503 (errors.ts). Prisma's
 * own 2 s is short for a burst of mutations on an embedded database: they queue behind each other.
 */
const TRANSACTION_MAX_WAIT_MS = 10_000;

/** The factory with each adapter it connects passed through `map` (embedded.ts; tests make a driver fail or wait). */
export function mapAdapters(factory: SqlDriverAdapterFactory, map: (adapter: SqlDriverAdapter) => SqlDriverAdapter): SqlDriverAdapterFactory {
  return { provider: factory.provider, adapterName: factory.adapterName, connect: async () => map(await factory.connect()) };
}

/** A factory whose one connected adapter (a pool, on PostgreSQL) Prisma and the reads share, connected again after Prisma disposes it. */
function sharedAdapter(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  let connecting: Promise<SqlDriverAdapter> | undefined;
  const connect = () =>
    (connecting ??= factory.connect().then(
      (adapter) => {
        const dispose = adapter.dispose.bind(adapter);
        const connected = connecting;
        let disposed: Promise<void> | undefined;
        adapter.dispose = () => {
          if (connecting === connected) connecting = undefined;
          return (disposed ??= dispose());
        };
        return adapter;
      },
      (error: unknown) => {
        connecting = undefined;
        throw error;
      },
    ));
  return { provider: factory.provider, adapterName: factory.adapterName, connect };
}

export function prismaClient(
  { wrapAdapter, sqlReads = 'on', transactionMaxWaitMs = TRANSACTION_MAX_WAIT_MS, ...options }: PrismaOptions,
  adapter: SqlDriverAdapterFactory,
): PrismaClient {
  const shared = sharedAdapter(wrapAdapter ? wrapAdapter(adapter) : adapter);
  const prisma = new PrismaClient({ ...options, adapter: shared, transactionOptions: { maxWait: transactionMaxWaitMs } });
  return withSqlReads(prisma, {
    mode: sqlReads,
    send: async (query) => (await shared.connect()).queryRaw(query),
    verifier: sqlReads === 'verify' ? new PrismaClient({ adapter: shared }) : undefined,
  });
}
