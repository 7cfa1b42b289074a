import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
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

export function prismaClient({ wrapAdapter, ...options }: PrismaOptions, adapter: SqlDriverAdapterFactory): PrismaClient {
  return new PrismaClient({ ...options, adapter: wrapAdapter ? wrapAdapter(adapter) : adapter });
}
