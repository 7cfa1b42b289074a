import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pgliteSession } from '../src/db/embedded.js';
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

test('prisma/schema.prisma and prisma/migrations agree (npm run migration:new -- <name> writes the difference)', async () => {
  expect(await pendingSchemaChanges()).toBeNull();
}, 120_000);
