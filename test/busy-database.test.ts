// A transaction that cannot start in time (an embedded database runs one at a time; PostgreSQL's pool
// may have no connection free) is answered 503 with Retry-After, in GraphQL and in the REST dialects,
// never as an internal error, and changes nothing.
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { expect, test } from 'vitest';
import { mapAdapters } from '../src/db/database.js';
import { UpdateOrganizationDocument } from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import { createProject, createTenant } from './support/tenant.js';
import { expectVoucherifyUnavailable, managementHeaders } from './support/voucherify.js';

const MAX_WAIT_MS = 1000;
/** While set, no transaction starts: as if others held the database. */
let held: Promise<void> | null = null;

const slowToStart = (factory: SqlDriverAdapterFactory) =>
  mapAdapters(factory, (adapter) => {
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      await held;
      return startTransaction(isolationLevel);
    };
    return adapter;
  });

const { database, gateway } = await testEnvironment({}, { wrapAdapter: slowToStart, transactionMaxWaitMs: MAX_WAIT_MS });

test('a transaction that waits past its limit is a 503 with Retry-After that changed nothing, and the next one goes through', async () => {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  const rename = (name: string) => gateway.execute(UpdateOrganizationDocument, { input: { id: tenant.organizationId, name } }, tenant.owner.as);
  const renameProject = (name: string) =>
    gateway.handle(
      new Request(`http://steward.test/management/v1/projects/${project.id}`, {
        method: 'PUT',
        headers: { ...managementHeaders(tenant.managementKey), 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      }),
    );
  const names = async () => ({
    organization: (await database.prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } })).name,
    project: (await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).name,
  });
  const before = await names();

  let release = () => {};
  held = new Promise((resolve) => (release = resolve));
  const refused = await rename('Too late');
  expect(refused.status).toBe(503);
  expect(refused.expectError('SERVICE_UNAVAILABLE').message).toBe('the database is unavailable; retry shortly');
  expect(refused.headers.get('retry-after')).toBe('5');
  await expectVoucherifyUnavailable(await renameProject('Too late'));
  held = null;
  release(); // Prisma rolls back each late transaction as it starts.
  expect(await names()).toEqual(before);
  expect(gateway.internalErrors).toEqual([]);

  expect((await rename('In time')).expectData().updateOrganization?.organization?.name).toBe('In time');
  expect((await renameProject('In time')).status).toBe(200);
  expect(await names()).toEqual({ organization: 'In time', project: 'In time' });
});
