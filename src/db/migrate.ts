// Applies prisma/migrations/*/migration.sql in order, each in its own transaction, and records them
// in _prisma_migrations the way Prisma's CLI does (checksum = SHA-256 of the file), so that
// `prisma migrate deploy` on a machine that has the native engine agrees with what it finds.
import { createHash, randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../project-root.js';

export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');

/** The smallest SQL surface the runner needs; both PGlite and node-postgres provide it. */
export interface SqlSession {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
}

export class MigrationError extends Error {}

interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

const CREATE_HISTORY = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export async function readLocalMigrations(dir = migrationsDir): Promise<LocalMigration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/** Applies pending migrations and returns their names; refuses when the recorded history and the files disagree. */
export async function migrate(session: SqlSession, dir = migrationsDir): Promise<string[]> {
  const local = await readLocalMigrations(dir);
  await session.exec(CREATE_HISTORY);
  const applied = await session.query<AppliedMigration>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
  );
  const byName = new Map(applied.map((row) => [row.migration_name, row]));
  const pending: LocalMigration[] = [];
  for (const migration of local) {
    const record = byName.get(migration.name);
    if (!record) {
      pending.push(migration);
    } else if (record.finished_at === null) {
      throw new MigrationError(
        `migration ${migration.name} started but never finished; repair the database by hand, then mark it rolled back`,
      );
    } else if (record.checksum !== migration.checksum) {
      throw new MigrationError(
        `migration ${migration.name} was changed after it was applied (checksum ${record.checksum} in the database, ${migration.checksum} on disk); restore the original file and add a new migration instead`,
      );
    }
  }
  for (const migration of pending) {
    await session.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    });
  }
  return pending.map((migration) => migration.name);
}

/** Names of migrations on disk that the database has not applied. */
export async function pendingMigrations(session: SqlSession, dir = migrationsDir): Promise<string[]> {
  const local = await readLocalMigrations(dir);
  const [{ exists } = { exists: false }] = await session.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  if (!exists) return local.map((migration) => migration.name);
  const applied = await session.query<{ migration_name: string }>(
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const done = new Set(applied.map((row) => row.migration_name));
  return local.filter((migration) => !done.has(migration.name)).map((migration) => migration.name);
}
