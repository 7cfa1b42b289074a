import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { beforeAll, describe, expect, test } from 'vitest';
import { insertClient } from '../src/access/issue.js';
import { Prisma } from '../src/generated/prisma/client.js';
import { mapAdapters } from '../src/db/database.js';
import { newId } from '../src/db/ids.js';
import { sameAnswer } from '../src/db/sql-reads/client.js';
import { models } from '../src/db/sql-reads/model.js';
import { postgresDatabase } from '../src/db/postgres.js';
import { openTestDatabase } from './support/database.js';
import { createTenant, unique, type Tenant } from './support/tenant.js';

// The test database answers reads in `verify` mode: every read these statements answer is asked of
// Prisma too and must agree with it, key order included, or the read throws. Each read below is so
// compared; the tests check besides which of the two answered, and what came back.
const database = await openTestDatabase();

/** A tenant with three projects (one deleted), each with two clients and three references, and a second member. */
async function seeded() {
  const tenant = await createTenant(database);
  const member = await tenant.addUser('MEMBER');
  const projects = [];
  for (let i = 0; i < 3; i++) {
    const project = await database.prisma.project.create({
      data: { id: newId('Project'), organizationId: tenant.organizationId, name: `p${i}`, slug: unique(`p${i}`), types: ['WEBSITE', 'APP'], cors: ['https://a.example'], ...(i === 2 ? { deleteAt: new Date(Date.UTC(2020, 0, 1)) } : {}) },
    });
    projects.push(project);
    for (const type of ['READ', 'WRITE'] as const) await insertClient(database.prisma, { organizationId: tenant.organizationId, projectId: project.id, name: `${type}-${i}`, type });
    await database.prisma.reference.createMany({
      data: [1, 2, 3].map((day) => ({ id: newId('Reference'), organizationId: tenant.organizationId, projectId: project.id, title: `r${day}`, date: new Date(Date.UTC(2026, 0, day)) })),
    });
  }
  return { tenant, member, projects };
}

/** The statements a read sends, and its answer. */
async function statementsOf<T>(read: () => Promise<T>): Promise<{ answer: T; statements: string[] }> {
  const before = database.statements.length;
  const answer = await read();
  return { answer, statements: database.statements.slice(before) };
}

/** Our statements alias their tables (t0, t1, …); Prisma's name each column in full. */
const ours = (sql: string) => /FROM "public"\."\w+" AS t0/.test(sql);

describe('reads answered by our own statements, as Prisma answers them', () => {
  let fixture: Awaited<ReturnType<typeof seeded>>;
  const tenant = () => fixture.tenant as Tenant;
  beforeAll(async () => {
    fixture = await seeded();
  });

  test('filters: values, in, comparisons, null, AND, OR, NOT, relation filters and enums', async () => {
    const organizationId = tenant().organizationId;
    const [first, second, deleted] = fixture.projects.map((project) => project.id);
    const projectReads: [string, Prisma.ProjectWhereInput, number][] = [
      ['a value', { organizationId }, 3],
      ['null and not null', { organizationId, deleteAt: null }, 2],
      ['not: null', { organizationId, deleteAt: { not: null } }, 1],
      ['in', { id: { in: [first!, deleted!] } }, 2],
      ['an empty in', { organizationId, id: { in: [] } }, 0],
      ['comparisons of dates', { organizationId, OR: [{ deleteAt: null }, { deleteAt: { gt: new Date(Date.UTC(2021, 0, 1)) } }] }, 2],
      ['an empty OR', { organizationId, OR: [] }, 0],
      ['AND with an empty filter', { AND: [{}, { organizationId }, { deleteAt: null }] }, 2],
      ['NOT', { organizationId, NOT: { id: second } }, 2],
      ['a to-one relation held here', { organization: { members: { some: { userId: fixture.member.userId, role: { in: ['MEMBER'] } } } } }, 3],
      ['is', { organization: { is: { id: organizationId } }, name: 'p1' }, 1],
      ['some and none', { organizationId, clients: { some: { type: 'READ' } }, references: { none: { title: 'r9' } } }, 3],
      ['none matching', { organizationId, references: { none: { title: 'r1' } } }, 0],
      // OR inside a relation filter stays inside it: with no parentheses, any project's READ-0 client would match every project.
      ['OR in a relation filter', { organizationId, clients: { some: { OR: [{ name: 'nope' }, { name: 'READ-0' }] } } }, 1],
      ['some below a to-one relation', { organizationId, organization: { members: { some: { userId: tenant().owner.userId, role: 'OWNER' } } } }, 3],
    ];
    for (const [what, where, count] of projectReads) {
      const { answer, statements } = await statementsOf(() => database.prisma.project.findMany({ where, orderBy: { id: 'asc' } }));
      expect(answer, what).toHaveLength(count);
      expect(statements.every(ours), what).toBe(true);
    }
  });

  test('selections: all columns, select in its order, include, relations held on either side, pages of each parent', async () => {
    const organizationId = tenant().organizationId;
    const { answer, statements } = await statementsOf(() =>
      database.prisma.organization.findFirst({
        where: { id: organizationId },
        include: {
          projects: {
            where: { deleteAt: null },
            orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
            skip: 1,
            take: 5,
            select: {
              name: true,
              types: true,
              cors: true,
              clients: { orderBy: { id: 'asc' }, take: 1, select: { type: true, project: { select: { slug: true } } } },
              references: { orderBy: [{ date: 'desc' }, { id: 'desc' }], include: { organization: true } },
              id: true,
            },
          },
          members: { orderBy: { id: 'asc' } },
        },
      }),
    );
    expect(statements.every(ours)).toBe(true);
    // The organization, and as JSON built by the same statement its projects and members, and below the projects: clients, their projects, references, their organization.
    expect(statements).toHaveLength(1);
    expect(answer!.projects).toHaveLength(1);
    expect(Object.keys(answer!.projects[0]!)).toEqual(['name', 'types', 'cors', 'clients', 'references', 'id']);
    expect(answer!.projects[0]!.types).toEqual(['WEBSITE', 'APP']);
    expect(answer!.projects[0]!.clients).toHaveLength(1);
    expect(answer!.projects[0]!.references.map((reference) => reference.title)).toEqual(['r3', 'r2', 'r1']);
    expect(answer!.members).toHaveLength(2);
  });

  test("a relation's values keep their types through its JSON: dates to the millisecond, Json of every kind, lists, enums and nulls", async () => {
    const organizationId = tenant().organizationId;
    const values = [
      { clientSideAccess: 'a string', apiUsageNotifications: [1, 2.5, { nested: null }], calloutNotifications: 7 },
      { clientSideAccess: { '': 'é "quoted" \\ \u2028' }, apiUsageNotifications: [], calloutNotifications: true },
    ];
    const ids: string[] = [];
    for (const [index, each] of values.entries()) {
      const project = await database.prisma.project.create({
        data: { id: newId('Project'), organizationId, name: `json-${index}`, slug: unique('json'), types: index ? [] : ['APP'], cors: index ? ['x', ''] : [], deleteAt: index ? null : new Date(Date.UTC(2031, 11, 31, 23, 59, 59, 7)), ...each },
      });
      ids.push(project.id);
    }
    const { answer, statements } = await statementsOf(() =>
      database.prisma.organization.findUnique({ where: { id: organizationId }, include: { projects: { where: { id: { in: ids } }, orderBy: { name: 'asc' } } } }),
    );
    // Ordered by name alone, the page may tie: Prisma answers. By name and id, ours; both are compared in verify mode.
    expect(statements.some(ours)).toBe(false);
    const ordered = await statementsOf(() =>
      database.prisma.organization.findUnique({ where: { id: organizationId }, include: { projects: { where: { id: { in: ids } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] } } }),
    );
    expect(ordered.statements.every(ours)).toBe(true);
    expect(ordered.answer!.projects).toEqual(answer!.projects);
    expect(ordered.answer!.projects.map(({ clientSideAccess, apiUsageNotifications, calloutNotifications }) => ({ clientSideAccess, apiUsageNotifications, calloutNotifications }))).toEqual(values);
    expect(ordered.answer!.projects[0]!.deleteAt).toEqual(new Date(Date.UTC(2031, 11, 31, 23, 59, 59, 7)));
    expect(ordered.answer!.projects[1]!.deleteAt).toBeNull();
    expect(ordered.answer!.projects.map(({ types, cors }) => [types, cors])).toEqual([[['APP'], []], [[], ['x', '']]]);
  });

  test('cursors and pages from the back, at the top and in relations, as Prisma pages them', async () => {
    const organizationId = tenant().organizationId;
    const projects = (await database.prisma.project.findMany({ where: { organizationId }, orderBy: { id: 'asc' }, select: { id: true } })).map(({ id }) => id);
    const [first] = projects;
    const withClients = fixture.projects[0]!.id;
    const clientsOf = await database.prisma.client.findMany({ where: { projectId: withClients }, orderBy: { id: 'asc' }, select: { id: true } });
    const reads: [string, () => Promise<unknown>][] = [
      ['after a cursor, skipping it', () => database.prisma.project.findMany({ where: { organizationId }, orderBy: { id: 'asc' }, cursor: { id: first! }, skip: 1, take: 5, select: { id: true } })],
      ['before a cursor, from the back', () => database.prisma.project.findMany({ where: { organizationId }, orderBy: { id: 'asc' }, cursor: { id: projects.at(-1)! }, skip: 1, take: -2, select: { id: true } })],
      ['the last two, no cursor', () => database.prisma.project.findMany({ where: { organizationId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: -2, select: { id: true } })],
      ['a cursor row not there', () => database.prisma.project.findMany({ where: { organizationId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], cursor: { id: newId('Project') }, select: { id: true } })],
      ['a cursor on another unique column', () => database.prisma.project.findMany({ where: { organizationId }, orderBy: [{ name: 'asc' }, { id: 'asc' }], cursor: { slug: fixture.projects[1]!.slug }, select: { name: true } })],
      [
        "each parent's last page of a relation",
        () => database.prisma.project.findMany({ where: { organizationId }, orderBy: { id: 'asc' }, select: { id: true, references: { orderBy: [{ date: 'desc' }, { id: 'asc' }], take: -2, select: { title: true } } } }),
      ],
    ];
    for (const [what, read] of reads) {
      const { statements } = await statementsOf(read);
      expect(statements.every(ours), what).toBe(true);
    }
    // A cursor in a relation is Prisma's: it pages each parent's own rows, and a parent without the cursor's row gets none.
    const inRelation = await statementsOf(() =>
      database.prisma.project.findMany({ where: { organizationId }, orderBy: { id: 'asc' }, select: { id: true, clients: { orderBy: { id: 'asc' }, cursor: { id: clientsOf[0]!.id }, skip: 1, take: 2, select: { id: true } } } }),
    );
    expect(inRelation.statements.some(ours)).toBe(false);
    expect(inRelation.answer.find(({ id }) => id === withClients)!.clients).toEqual([clientsOf[1]]);
    expect(inRelation.answer.filter(({ id }) => id !== withClients).every(({ clients }) => clients.length === 0)).toBe(true);
    const after = (await reads[0]![1]()) as { id: string }[];
    expect(after.map(({ id }) => id)).toEqual(projects.slice(1));
    const before = (await reads[1]![1]()) as { id: string }[];
    expect(before.map(({ id }) => id)).toEqual(projects.slice(0, -1).slice(-2));
    const nested = (await reads[5]![1]()) as { id: string; references: { title: string }[] }[];
    const seeded = nested.filter(({ id }) => fixture.projects.some((project) => project.id === id));
    expect(seeded.map(({ references }) => references.map(({ title }) => title))).toEqual(seeded.map(() => ['r2', 'r1']));
  });

  test("OR in a relation's own filter keeps to each parent's rows", async () => {
    const { answer } = await statementsOf(() =>
      database.prisma.project.findUnique({
        where: { id: fixture.projects[0]!.id },
        select: { clients: { where: { OR: [{ name: 'READ-1' }, { type: 'READ' }] }, orderBy: { id: 'asc' }, take: 1, select: { name: true } } },
      }),
    );
    expect(answer!.clients).toEqual([{ name: 'READ-0' }]);
  });

  test('findUnique calls of one tick with the same arguments are one statement; a row not there is null', async () => {
    const ids = fixture.projects.map((project) => project.id);
    const { answer, statements } = await statementsOf(() =>
      Promise.all([...ids, newId('Project')].map((id) => database.prisma.project.findUnique({ where: { id }, select: { slug: true, clients: { orderBy: { id: 'asc' } } } }))),
    );
    expect(statements).toHaveLength(1);
    expect(statements.every(ours)).toBe(true);
    expect(answer.map((project) => project?.slug ?? null)).toEqual([...fixture.projects.map((project) => project.slug), null]);
    expect(answer[0]!.clients).toHaveLength(2);
  });

  test("findUniqueOrThrow of a row not there is Prisma's own error", async () => {
    const missing = database.prisma.client.findUniqueOrThrow({ where: { id: crypto.randomUUID() } });
    await expect(missing).rejects.toMatchObject({ code: 'P2025' });
  });

  test('what the statements do not cover goes to Prisma: other filters, orders that may tie, cursors of several columns, counts, compound keys', async () => {
    const organizationId = tenant().organizationId;
    const reads: [string, () => Promise<unknown>][] = [
      ['contains', () => database.prisma.project.findMany({ where: { name: { contains: 'p' } }, orderBy: { id: 'asc' } })],
      ['an order that may tie', () => database.prisma.project.findMany({ where: { organizationId }, orderBy: { name: 'asc' } })],
      ["a relation's rows in no order", () => database.prisma.organization.findUnique({ where: { id: organizationId }, include: { members: true } })],
      ['a cursor in an order of a nullable column', () => database.prisma.project.findMany({ where: { organizationId }, orderBy: [{ deleteAt: 'asc' }, { id: 'desc' }], cursor: { id: fixture.projects[1]!.id }, take: 3 })],
      ['a cursor of two columns', () => database.prisma.organizationMember.findMany({ where: { organizationId }, orderBy: { id: 'asc' }, cursor: { organizationId_userId: { organizationId, userId: tenant().owner.userId } } })],
      ['a count', () => database.prisma.organization.findFirst({ where: { id: organizationId }, select: { _count: true } })],
      ['a compound key', () => database.prisma.organizationMember.findUnique({ where: { organizationId_userId: { organizationId, userId: tenant().owner.userId } } })],
      // Known before the first statement: no statement of ours is sent for the project before the clients' filter is found uncovered.
      ['a filter below a relation', () => database.prisma.project.findMany({ where: { organizationId }, orderBy: { id: 'asc' }, include: { clients: { where: { name: { contains: 'READ' } }, orderBy: { id: 'asc' } } } })],
    ];
    for (const [what, read] of reads) {
      const { answer, statements } = await statementsOf(read);
      expect(answer, what).toBeTruthy();
      expect(statements.length, what).toBeGreaterThan(0);
      expect(statements.some(ours), what).toBe(false);
    }
  });

  test("a value the database refuses goes to Prisma, which reports it as before", async () => {
    const read = database.prisma.client.findMany({ where: { type: 'NOT_A_TYPE' as never }, orderBy: { id: 'asc' } });
    await expect(read).rejects.toBeInstanceOf(Prisma.PrismaClientValidationError);
  });

  test('reads inside a transaction are Prisma’s, and see its writes', async () => {
    const name = unique('renamed');
    await database.prisma.$transaction(async (tx) => {
      await tx.project.update({ where: { id: fixture.projects[0]!.id }, data: { name } });
      const { answer, statements } = await statementsOf(() => tx.project.findUnique({ where: { id: fixture.projects[0]!.id } }));
      expect(answer!.name).toBe(name);
      expect(statements.some(ours)).toBe(false);
    });
  });
});

test('in verify mode, a statement of ours that fails where Prisma answers is reported, not hidden by the fallback', async () => {
  // A driver that refuses our statements and sends Prisma's.
  const refusingOurs = (factory: SqlDriverAdapterFactory) =>
    mapAdapters(factory, (adapter) => {
      const queryRaw = adapter.queryRaw.bind(adapter);
      adapter.queryRaw = (query) => (ours(query.sql) ? Promise.reject(new Error('refused')) : queryRaw(query));
      return adapter;
    });
  const refusing = await openTestDatabase({ wrapAdapter: refusingOurs });
  try {
    const read = refusing.prisma.project.findMany({ where: { organizationId: 'none' }, orderBy: { id: 'asc' } });
    await expect(read).rejects.toThrow(/^sql-reads: Project\.findMany failed where Prisma answers, .*refused/);
    expect(await refusing.prisma.project.count({ where: { organizationId: 'none' } })).toBe(0);
  } finally {
    await refusing.close();
  }
});

test("every relation's rows are found by an index: the column it is joined on leads one", async () => {
  // A relation's rows are read once per parent row (read.ts, relationSql): without an index, once per parent through the whole table.
  const indexed = await database.prisma.$queryRaw<{ name: string }[]>`
    SELECT t.relname || '.' || a.attname AS name FROM pg_index i
    JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
    WHERE n.nspname = 'public'`;
  const leading = new Set(indexed.map(({ name }) => name));
  const joinedOn = [...models().values()].flatMap((model) => [...model.relations.values()].map((relation) => `${relation.model}.${relation.heldHere ? 'id' : relation.column}`));
  expect(joinedOn.length).toBeGreaterThan(50);
  expect(joinedOn.filter((column) => !leading.has(column))).toEqual([]);
});

test('answers agree only with the same values of the same types, keys in the same order', () => {
  const date = new Date(Date.UTC(2026, 0, 1));
  expect(sameAnswer([{ a: 1, b: date }], [{ a: 1, b: new Date(date) }])).toBe(true);
  expect(sameAnswer({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  expect(sameAnswer({ b: date }, { b: date.toISOString() })).toBe(false);
  expect(sameAnswer({ a: [{ x: null }] }, { a: [{ x: undefined }] })).toBe(false);
});

describe.runIf(process.env.DATABASE_URL)('statements kept prepared on PostgreSQL', () => {
  /** The names of the statements prepared on the one connection of a database opened with these settings, after two of its reads, each twice. */
  async function preparedAfterReads(statementCacheSize?: number): Promise<string[]> {
    const single = postgresDatabase(process.env.DATABASE_URL!, { poolSize: 1, statementCacheSize });
    try {
      for (let i = 0; i < 2; i++) {
        await single.prisma.project.findMany({ where: { organizationId: 'none' }, orderBy: { id: 'asc' } });
        await single.prisma.client.findMany({ where: { organizationId: 'none' }, orderBy: { id: 'asc' } });
      }
      await single.prisma.project.count();
      const prepared = await single.prisma.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements ORDER BY name`;
      for (const { statement } of prepared) expect(ours(statement), statement).toBe(true);
      return prepared.map(({ name }) => name);
    } finally {
      await single.close();
    }
  }

  test('our statements by default, each once per connection; Prisma’s never', async () => {
    expect(await preparedAfterReads()).toEqual(['steward_read_0', 'steward_read_1']);
  });

  test('no more texts than the cache holds, and none with a size of 0', async () => {
    expect(await preparedAfterReads(1)).toEqual(['steward_read_0']);
    expect(await preparedAfterReads(0)).toEqual([]);
  });
});
