import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { migratedTemplate, openEmbeddedDatabase, pgliteSession } from '../src/db/embedded.js';
import type { SqlSession } from '../src/db/migrate.js';
import { migrate, MigrationError, migrationsDir, pendingMigrations, readLocalMigrations } from '../src/db/migrate.js';
import { pendingSchemaChanges } from '../src/db/migration-diff.js';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'steward-migrations-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A migrations folder holding only the named migration. */
async function copyOnly(name: string) {
  const dir = path.join(scratch, `only-${name}`);
  await cp(path.join(migrationsDir, name), path.join(dir, name), { recursive: true });
  return dir;
}

/** A copy of prisma/migrations that a test may change. */
async function copyOfMigrations(name: string) {
  const dir = path.join(scratch, name);
  await cp(migrationsDir, dir, { recursive: true });
  return dir;
}

describe('migration runner', () => {
  test('applies every migration once and records it as Prisma does', async () => {
    const db = await PGlite.create();
    const session = pgliteSession(db);
    const local = await readLocalMigrations();
    expect(await pendingMigrations(session)).toEqual(local.map((migration) => migration.name));

    expect(await migrate(session)).toEqual(local.map((migration) => migration.name));
    const rows = (await db.query<Record<string, unknown>>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name')).rows;
    for (const [index, migration] of local.entries()) {
      const sql = await readFile(path.join(migrationsDir, migration.name, 'migration.sql'));
      expect(rows[index]).toMatchObject({
        migration_name: migration.name,
        checksum: createHash('sha256').update(sql).digest('hex'),
        applied_steps_count: 1,
        rolled_back_at: null,
        logs: null,
      });
      expect(rows[index]!.finished_at).toBeInstanceOf(Date);
      expect(String(rows[index]!.id)).toMatch(/^[0-9a-f-]{36}$/);
    }

    await db.query(`INSERT INTO "Organization" (id, name, "updatedAt") VALUES ('org_kept', 'kept', now())`);
    expect(await migrate(session)).toEqual([]);
    expect(await pendingMigrations(session)).toEqual([]);
    expect((await db.query('SELECT id FROM "Organization"')).rows).toEqual([{ id: 'org_kept' }]);
    await db.close();
  });

  test('refuses to run when an applied migration was edited', async () => {
    const dir = await copyOfMigrations('edited');
    const db = await PGlite.create();
    const session = pgliteSession(db);
    await migrate(session, dir);
    const [first] = await readLocalMigrations(dir);
    await writeFile(path.join(dir, first!.name, 'migration.sql'), first!.sql + '\n-- edited\n');
    await expect(migrate(session, dir)).rejects.toThrow(MigrationError);
    await expect(migrate(session, dir)).rejects.toThrow(`migration ${first!.name} was changed after it was applied`);
    await db.close();
  });

  test('a failing migration leaves nothing behind and is retried on the next run', async () => {
    const dir = await copyOfMigrations('failing');
    await cp(path.join(dir, (await readLocalMigrations(dir))[0]!.name), path.join(dir, '99990101000000_broken'), { recursive: true });
    await writeFile(path.join(dir, '99990101000000_broken', 'migration.sql'), 'CREATE TABLE "Half" (id TEXT);\nSELECT * FROM "NoSuchTable";\n');
    const db = await PGlite.create();
    const session = pgliteSession(db);
    await expect(migrate(session, dir)).rejects.toThrow('NoSuchTable');
    expect((await db.query(`SELECT to_regclass('"Half"') AS half`)).rows).toEqual([{ half: null }]);
    expect(await pendingMigrations(session, dir)).toEqual(['99990101000000_broken']);
    await db.close();
  });
  test('upgrading a database that holds data keeps it: references and project members learn their organization', async () => {
    const dir = await copyOfMigrations('upgrade');
    const [first, ...later] = await readLocalMigrations(dir);
    const db = await PGlite.create();
    const session = pgliteSession(db);
    await migrate(session, await copyOnly(first!.name));
    await db.exec(`
      INSERT INTO "Organization" (id, name, "updatedAt") VALUES ('org_a', 'A', now());
      INSERT INTO "User" (id, email, name) VALUES ('usr_a', 'a@example.test', 'a');
      INSERT INTO "Project" (id, "organizationId", name, slug, "updatedAt") VALUES ('prj_a', 'org_a', 'A', 'a', now());
      INSERT INTO "Reference" (id, "projectId", title, date, "updatedAt") VALUES ('ref_a', 'prj_a', 'r', now(), now());
      INSERT INTO "ProjectMember" (id, "projectId", "userId", role) VALUES ('pm_a', 'prj_a', 'usr_a', 'VIEWER');`);
    expect(await migrate(session, dir)).toEqual(later.map((migration) => migration.name));
    expect((await db.query('SELECT "organizationId" FROM "Reference" UNION ALL SELECT "organizationId" FROM "ProjectMember"')).rows).toEqual([
      { organizationId: 'org_a' },
      { organizationId: 'org_a' },
    ]);
    await db.close();
  });
});

describe('a new embedded database from the migrated template', () => {
  /** The tables, columns, indexes and constraints of the public schema, and the migrations recorded. */
  const describeSchema = async (session: SqlSession) => ({
    columns: await session.query(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`),
    indexes: await session.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`),
    constraints: await session.query(`SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`),
    migrations: await session.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY 1`),
  });

  test('holds what initdb and every migration make, and applies only migrations newer than it', async () => {
    const template = path.join(scratch, 'template.tar.gz');
    await writeFile(template, Buffer.from(await (await migratedTemplate()).arrayBuffer()));
    const [fromTemplate, fromInitdb] = await Promise.all([
      openEmbeddedDatabase(path.join(scratch, 'from-template'), {}, pathToFileURL(template)),
      openEmbeddedDatabase(path.join(scratch, 'from-initdb'), {}, null),
    ]);
    try {
      expect([fromTemplate.createdFromTemplate, fromInitdb.createdFromTemplate]).toEqual([true, false]);
      expect(await fromTemplate.withMigrationSession((session) => migrate(session))).toEqual([]);
      expect(await fromInitdb.withMigrationSession((session) => migrate(session))).toEqual((await readLocalMigrations()).map((migration) => migration.name));
      const made = await fromTemplate.withSession(describeSchema);
      expect(made).toEqual(await fromInitdb.withSession(describeSchema));
      expect(made.columns.length).toBeGreaterThan(100);

      // A migration newer than the template applies on top of it.
      const later = await copyOfMigrations('later');
      await mkdir(path.join(later, '99990101000000_later'));
      await writeFile(path.join(later, '99990101000000_later', 'migration.sql'), 'CREATE TABLE "Later" (id TEXT PRIMARY KEY);');
      expect(await fromTemplate.withMigrationSession((session) => migrate(session, later))).toEqual(['99990101000000_later']);
    } finally {
      await Promise.all([fromTemplate.close(), fromInitdb.close()]);
    }
    // Opened again, an existing database is not made anew.
    const reopened = await openEmbeddedDatabase(path.join(scratch, 'from-template'), {}, pathToFileURL(template));
    try {
      expect(reopened.createdFromTemplate).toBe(false);
      expect(await reopened.withSession((session) => session.query(`SELECT count(*)::int AS n FROM "Later"`))).toEqual([{ n: 0 }]);
    } finally {
      await reopened.close();
    }
  }, 60_000);
});

test('prisma/schema.prisma and prisma/migrations agree (npm run migration:new -- <name> writes the difference)', async () => {
  expect(await pendingSchemaChanges()).toBeNull();
}, 120_000);
