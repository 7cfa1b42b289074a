import pino from 'pino';
import { describe, expect, test } from 'vitest';
import { insertClient, insertManagementKey, insertStorageToken } from '../../../src/access/issue.js';
import { newId } from '../../../src/db/ids.js';
import { JobWorker } from '../../../src/jobs/worker.js';
import { EXPIRE_JOB, PURGE_JOB, scheduleProjectExpiry } from '../../../src/modules/project/jobs.js';
import {
  DeleteOrganizationDocument,
  DeleteProjectDocument,
  DeletedProjectDocument,
  DeletedProjectsDocument,
  JobDocument,
  ProjectDocument,
  ProjectLifecycleDocument,
  PurgeProjectDocument,
  RestoreProjectDocument,
  TransferProjectDocument,
  UndeleteProjectDocument,
  ViewerDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { testGateway, type Credentials, type TestGateway } from '../../support/gateway.js';
import type { TestDatabase } from '../../support/database.js';
import { rememberSecrets } from '../../support/secrets.js';
import { createOperator, createProject, createTenant, type Tenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();
const logger = pino({ level: 'silent' });
/** Runs project jobs that are due; only this file's are (nothing else makes them due now). */
const worker = new JobWorker(database.prisma, logger, gateway.services.credentials, { kinds: [PURGE_JOB, EXPIRE_JOB] });

const operator = (scopes: string[]) => createOperator(database, scopes);
// Operators read organizations too: a deleted project shows its organization.
const admin = await operator(['platform:write', 'project:read', 'organization:read']);
const reader = await operator(['project:read', 'organization:read']);

async function deleted(tenant: Tenant) {
  const { project } = await createProject(gateway, tenant);
  const payload = (await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectData().deleteProject!;
  expect(payload.userErrors).toEqual([]);
  return project;
}

const jobsOf = (projectId: string, kind = PURGE_JOB) =>
  database.prisma.job.findMany({ where: { kind, payload: { path: ['projectId'], equals: projectId } }, orderBy: { createdAt: 'asc' } });

/** Lets the retention window pass for this project and its purge job, as 24 hours would. */
async function windowPassed(projectId: string) {
  const past = new Date(Date.now() - 1000);
  await database.prisma.project.update({ where: { id: projectId }, data: { deleteAt: past } });
  await database.prisma.job.updateMany({ where: { id: { in: (await jobsOf(projectId)).map((job) => job.id) } }, data: { runAt: past } });
}

/** Everything a project can own, one of each, for a purge or a transfer to deal with. */
async function furnish(db: TestDatabase, tenant: Tenant, projectId: string) {
  const { organizationId } = tenant;
  const outsider = (await createTenant(db)).owner;
  const member = await tenant.addProjectUser(projectId, 'EDITOR');
  const reference = await db.prisma.reference.create({ data: { id: newId('Reference'), organizationId, projectId, title: 'r', date: new Date() } });
  const feature = await db.prisma.feature.create({ data: { id: newId('Feature'), name: unique('feature'), type: 'PROJECT', title: 't', description: 'd' } });
  await db.prisma.projectFeature.create({ data: { projectId, featureId: feature.id } });
  await db.prisma.projectLimit.create({ data: { projectId, kind: 'LIMIT', name: 'kbc.adminsCount', value: 10 } });
  await db.prisma.metadata.create({ data: { id: newId('Metadata'), projectId, provider: 'USER', key: 'k', value: 'v' } });
  await db.prisma.invitation.create({ data: { id: newId('Invitation'), organizationId, projectId, userId: outsider.userId, role: 'VIEWER' } });
  await db.prisma.joinRequest.create({ data: { id: newId('JoinRequest'), organizationId, projectId, userId: (await tenant.addUser('MEMBER')).userId } });
  await db.prisma.storageToken.create({
    data: {
      id: newId('StorageToken'), organizationId, projectId, description: 's', tokenDigest: unique('digest'), lastFour: 'abcd',
      createdByKind: 'USER', createdById: tenant.owner.userId,
    },
  });
  const dashboard = await db.prisma.dashboard.create({ data: { id: newId('Dashboard'), organizationId, projectId, name: 'd' } });
  await db.prisma.report.create({
    data: { id: newId('Report'), organizationId, projectId, dashboardId: dashboard.id, name: 'r', chartType: 'bar', range: '7d', interval: 'day', metric: 'sum' },
  });
  await ownedConfiguration(db, organizationId, projectId, tenant.owner.userId);
  await db.prisma.metadataSchema.create({ data: { id: newId('MetadataSchema'), organizationId, projectId, relatedObject: 'project' } });
  await db.prisma.customEventSchema.create({ data: { id: newId('CustomEventSchema'), organizationId, projectId, name: 'sign-up' } });
  await ownedSettings(db, organizationId, projectId);
  const { project: other } = await createProject(gateway, tenant);
  const onlyKey = await insertManagementKey(db.prisma, { organizationId, name: unique('k'), scopes: ['project:read'], projectIds: [projectId] });
  const twoKey = await insertManagementKey(db.prisma, { organizationId, name: unique('k'), scopes: ['project:read'], projectIds: [projectId, other.id] });
  rememberSecrets(onlyKey.token + twoKey.token);
  return { member, reference, onlyKeyId: onlyKey.key.id, twoKeyId: twoKey.key.id, otherProjectId: other.id, outsider };
}

/** Stacking rules, a brand and a campaign template. */
async function ownedSettings(db: typeof database, organizationId: string, projectId: string) {
  const place = { organizationId, projectId };
  await db.prisma.stackingRules.create({
    data: {
      id: newId('StackingRules'), ...place, exclusiveCategories: [], jointCategories: [], redeemablesLimit: 30, applicableRedeemablesLimit: 5,
      applicableExclusiveRedeemablesLimit: 1, discountCalculationMode: 'INITIAL_AMOUNT', initialAmountModeCategories: [], discountedAmountModeCategories: [],
      redeemablesApplicationMode: 'ALL', redeemablesSortingRule: 'REQUESTED_ORDER', redeemablesProductsApplicationMode: 'STACK',
      redeemablesNoEffectRule: 'REDEEM_ANYWAY', noEffectSkipCategories: [], noEffectRedeemAnywayCategories: [], redeemablesRollbackOrderMode: 'WITH_ORDER',
    },
  });
  await db.prisma.brand.create({ data: { id: newId('Brand'), ...place, name: 'b', permissionReminder: 'r', street: 's', city: 'c', country: 'x', email: 'a@b.example' } });
  await db.prisma.campaignTemplate.create({ data: { id: newId('CampaignTemplate'), ...place, name: 't', campaignType: 'GIFT_VOUCHERS' } });
}

/** A configuration with a row, each at version 1. */
async function ownedConfiguration(db: typeof database, organizationId: string, projectId: string, userId: string) {
  const component = await db.prisma.component.create({ data: { id: newId('Component'), slug: unique('lifecycle.component'), type: 'OTHER', name: 'c', flags: [] } });
  const configuration = await db.prisma.configuration.create({ data: { id: newId('Configuration'), key: 'c', organizationId, projectId, componentId: component.id, name: 'c' } });
  const row = await db.prisma.configurationRow.create({ data: { id: newId('ConfigurationRow'), key: 'r', organizationId, configurationId: configuration.id } });
  const actor = { createdByKind: 'USER' as const, createdById: userId };
  await db.prisma.configurationRowVersion.create({
    data: { id: newId('ConfigurationRowVersion'), organizationId, rowId: row.id, version: 1, name: '', description: '', configuration: {}, isDisabled: false, ...actor },
  });
  await db.prisma.configurationVersion.create({
    data: { id: newId('ConfigurationVersion'), organizationId, configurationId: configuration.id, version: 1, name: 'c', description: '', configuration: {}, isDisabled: false, rows: [{ id: row.id, version: 1 }], ...actor },
  });
}

/** What owned() counts for a project that owns nothing: one zero per kind of row. */
const NOTHING_OWNED = Array(18).fill(0);

async function owned(projectId: string) {
  const where = { where: { projectId } };
  const counts = await Promise.all([
    database.prisma.projectMember.count(where),
    database.prisma.client.count(where),
    database.prisma.reference.count(where),
    database.prisma.invitation.count(where),
    database.prisma.joinRequest.count(where),
    database.prisma.projectFeature.count(where),
    database.prisma.projectLimit.count(where),
    database.prisma.metadata.count(where),
    database.prisma.storageToken.count(where),
    database.prisma.dashboard.count(where),
    database.prisma.report.count(where),
    database.prisma.configuration.count(where),
    database.prisma.metadataSchema.count(where),
    database.prisma.customEventSchema.count(where),
    database.prisma.stackingRules.count(where),
    database.prisma.brand.count(where),
    database.prisma.campaignTemplate.count(where),
    database.prisma.managementKey.count({ where: { projects: { some: { id: projectId } } } }),
  ]);
  return counts;
}

describe('deleteProject and restoreProject', () => {
  test('a deletion sets deletedAt and, in the same transaction, enqueues the purge due when the window ends; a second deletion adds none', async () => {
    const tenant = await createTenant(database);
    const project = await deleted(tenant);
    const row = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deleteAt!.getTime() - row.deletedAt!.getTime()).toBe(24 * 3600_000);
    const [job] = await jobsOf(project.id);
    expect(job).toMatchObject({ status: 'PENDING', runAt: row.deleteAt, organizationId: tenant.organizationId, payload: { projectId: project.id } });

    await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as);
    expect(await jobsOf(project.id)).toHaveLength(1);
    expect(await worker.runDueJobs()).toBe(0); // not due for a day
    expect((await database.prisma.job.findUniqueOrThrow({ where: { id: job!.id } })).status).toBe('PENDING');
  });

  test('restoreProject clears deletedAt; the purge job, due later, finds the project restored, does nothing and succeeds', async () => {
    const tenant = await createTenant(database);
    const project = await deleted(tenant);
    const restored = (await gateway.execute(RestoreProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectData().restoreProject!;
    expect(restored.project?.deleteAt).toBeNull();
    const row = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row).toMatchObject({ deleteAt: null, deletedAt: null, purgedAt: null });

    await database.prisma.job.updateMany({ where: { id: { in: (await jobsOf(project.id)).map((job) => job.id) } }, data: { runAt: new Date(Date.now() - 1000) } });
    expect(await worker.runDueJobs()).toBe(1);
    expect((await jobsOf(project.id))[0]).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    expect((await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).purgedAt).toBeNull();
    expect((await gateway.execute(ProjectLifecycleDocument, { id: project.id }, tenant.owner.as)).expectData().project).toMatchObject({ isDeleted: false });
  });

  test('deleted, restored and deleted again: the first purge job leaves it to the second deletion’s', async () => {
    const tenant = await createTenant(database);
    const project = await deleted(tenant);
    await gateway.execute(RestoreProjectDocument, { input: { id: project.id } }, tenant.owner.as);
    await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as);
    const [first, second] = await jobsOf(project.id);
    await database.prisma.job.update({ where: { id: first!.id }, data: { runAt: new Date(Date.now() - 1000) } });
    expect(await worker.runDueJobs()).toBe(1);
    expect((await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).purgedAt).toBeNull();
    expect((await database.prisma.job.findUniqueOrThrow({ where: { id: second!.id } })).status).toBe('PENDING');
  });
});

describe('purge', () => {
  test('after the retention window the purge removes everything the project owned, keeps its row with purgedAt, and is idempotent', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const things = await furnish(database, tenant, project.id);
    expect((await owned(project.id)).every((count) => count > 0)).toBe(true);
    await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as);
    await windowPassed(project.id);

    expect(await worker.runDueJobs()).toBe(1);
    expect(await owned(project.id)).toEqual(NOTHING_OWNED);
    const row = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.purgedAt).not.toBeNull();
    const [job] = await jobsOf(project.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });

    // The key limited to this project alone is revoked (limited to nothing it would reach everything); the other keeps its other project.
    expect((await database.prisma.managementKey.findUniqueOrThrow({ where: { id: things.onlyKeyId } })).revokedAt).not.toBeNull();
    const twoKey = await database.prisma.managementKey.findUniqueOrThrow({ where: { id: things.twoKeyId }, include: { projects: true } });
    expect(twoKey.revokedAt).toBeNull();
    expect(twoKey.projects.map((p) => p.id)).toEqual([things.otherProjectId]);
    const audit = await database.prisma.auditEvent.findMany({ where: { actorKind: 'SYSTEM', actorId: job!.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((event) => [event.action, event.targetId, event.actorId])).toEqual([
      ['management_key.revoke', things.onlyKeyId, job!.id],
      ['project.purged', project.id, job!.id],
    ]);

    // Run again (a retry after an attempt whose end was not recorded): nothing changes.
    await database.prisma.job.update({ where: { id: job!.id }, data: { status: 'PENDING', runAt: new Date(Date.now() - 1000) } });
    expect(await worker.runDueJobs()).toBe(1);
    expect((await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).purgedAt).toEqual(row.purgedAt);
    expect(await database.prisma.auditEvent.count({ where: { actorKind: 'SYSTEM', actorId: job!.id } })).toBe(2);

    (await gateway.execute(ProjectDocument, { id: project.id }, tenant.owner.as)).expectError('NOT_FOUND');
    const restore = (await gateway.execute(RestoreProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectData().restoreProject!;
    expect(restore.userErrors[0]?.code).toBe('NOT_FOUND');
  });

  test('purgeProject: the operator purges a deleted project now and polls job(id) and deletedProject(id) until it is purged', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    await furnish(database, tenant, project.id);

    const notDeleted = (await gateway.execute(PurgeProjectDocument, { input: { id: project.id } }, admin)).expectData().purgeProject!;
    expect(notDeleted.userErrors).toMatchObject([{ code: 'NOT_DELETED', field: ['input', 'id'] }]);
    await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as);

    (await gateway.execute(PurgeProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectError('FORBIDDEN');
    (await gateway.execute(PurgeProjectDocument, { input: { id: project.id } }, reader)).expectError('FORBIDDEN');
    const purge = (await gateway.execute(PurgeProjectDocument, { input: { id: project.id } }, admin)).expectData().purgeProject!;
    expect(purge.userErrors).toEqual([]);
    expect(purge.job).toMatchObject({ kind: PURGE_JOB, status: 'PENDING' });
    const jobId = purge.job!.id;

    const pending = (await gateway.execute(JobDocument, { id: jobId }, admin)).expectData().job!;
    expect(pending).toMatchObject({ status: 'PENDING', attempts: 0, finishedAt: null, attemptLog: { edges: [] } });
    expect((await gateway.execute(DeletedProjectDocument, { id: project.id }, reader)).expectData().deletedProject).toMatchObject({
      isDeleted: true,
      isPurged: false,
      purgedAt: null,
    });

    expect(await worker.runDueJobs()).toBe(1); // the purge asked for now; the scheduled one waits for its day
    const done = (await gateway.execute(JobDocument, { id: jobId }, admin)).expectData().job!;
    expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastError: null });
    expect(done.finishedAt).not.toBeNull();
    expect(done.attemptLog.edges.map((edge) => edge.node)).toMatchObject([{ number: 1, error: null }]);
    const purged = (await gateway.execute(DeletedProjectDocument, { id: project.id }, reader)).expectData().deletedProject!;
    expect(purged).toMatchObject({ id: project.id, isDeleted: true, isPurged: true, organization: { id: tenant.organizationId } });
    expect(purged.purgedAt).not.toBeNull();
    expect(await owned(project.id)).toEqual(NOTHING_OWNED);

    const again = (await gateway.execute(PurgeProjectDocument, { input: { id: project.id } }, admin)).expectData().purgeProject!;
    expect(again.userErrors[0]?.code).toBe('PURGED');
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { organizationId: tenant.organizationId, action: 'project.purge' } });
    expect(audit).toMatchObject({ actorKind: 'OPERATOR', targetId: project.id, changes: { jobId } });

    // The scheduled purge, when its day comes, finds the project purged and succeeds.
    await windowPassed(project.id);
    expect(await worker.runDueJobs()).toBe(1);
    expect((await jobsOf(project.id)).map((job) => job.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
  });

  test('a purge interrupted (its worker died: RUNNING, lease expired) is finished by the next worker', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    await furnish(database, tenant, project.id);
    await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as);
    const jobId = (await gateway.execute(PurgeProjectDocument, { input: { id: project.id } }, admin)).expectData().purgeProject!.job!.id;
    // The process that claimed it stopped mid-way: the job is RUNNING, its attempt open, its lease over.
    const claimedAt = new Date(Date.now() - 120_000);
    await database.prisma.job.update({ where: { id: jobId }, data: { status: 'RUNNING', attempts: 1, leaseUntil: new Date(Date.now() - 60_000) } });
    await database.prisma.jobAttempt.create({ data: { id: newId('JobAttempt'), jobId, number: 1, startedAt: claimedAt } });
    // Part of the work had been done.
    await database.prisma.reference.deleteMany({ where: { projectId: project.id } });

    // A restarted process (a new worker) picks it up.
    expect(await new JobWorker(database.prisma, logger, gateway.services.credentials, { kinds: [PURGE_JOB] }).runDueJobs()).toBe(1);
    const job = (await gateway.execute(JobDocument, { id: jobId }, admin)).expectData().job!;
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 2 });
    expect(job.attemptLog.edges.map((edge) => [edge.node.number, edge.node.error])).toEqual([
      [2, null],
      [1, 'interrupted: the worker stopped before finishing (its lease expired)'],
    ]);
    expect(await owned(project.id)).toEqual(NOTHING_OWNED);
  });

  test('job(id) is the operator’s with platform:write; everyone else, and a missing job, NOT_FOUND', async () => {
    const tenant = await createTenant(database);
    const project = await deleted(tenant);
    const [job] = await jobsOf(project.id);
    (await gateway.execute(JobDocument, { id: job!.id }, admin)).expectData();
    for (const as of [reader, tenant.owner.as, tenant.managementKey.as, tenant.rootClient.as]) {
      (await gateway.execute(JobDocument, { id: job!.id }, as)).expectError('NOT_FOUND');
    }
    (await gateway.execute(JobDocument, { id: `job_${'0'.repeat(22)}` }, admin)).expectError('NOT_FOUND');
    (await gateway.execute(JobDocument, { id: 'nonsense' }, admin)).expectError('NOT_FOUND');
  });
});

describe('deleted projects', () => {
  test('the operator with project:read lists them newest deletion first, by organization (id or number) and name; others are FORBIDDEN', async () => {
    const tenant = await createTenant(database);
    const label = unique('Gone');
    const first = await deleted(tenant);
    await database.prisma.project.update({ where: { id: first.id }, data: { name: `${label} first`, deletedAt: new Date(Date.now() - 60_000) } });
    const second = await deleted(tenant);
    await database.prisma.project.update({ where: { id: second.id }, data: { name: `${label} second` } });
    await createProject(gateway, tenant, { name: `${label} alive` });

    const all = (await gateway.execute(DeletedProjectsDocument, { organizationId: tenant.organizationId }, reader)).expectData().deletedProjects;
    expect(all.edges.map((edge) => edge.node.id)).toEqual([second.id, first.id]);
    const { number } = await database.prisma.organization.findUniqueOrThrow({ where: { id: tenant.organizationId } });
    const byNumber = (await gateway.execute(DeletedProjectsDocument, { organizationId: String(number), name: 'FIRST' }, reader)).expectData().deletedProjects;
    expect(byNumber.edges.map((edge) => edge.node.id)).toEqual([first.id]);
    const byName = (await gateway.execute(DeletedProjectsDocument, { name: label, first: 1 }, reader)).expectData().deletedProjects;
    expect(byName.edges.map((edge) => edge.node.id)).toEqual([second.id]);
    expect(byName.pageInfo.hasNextPage).toBe(true);
    const next = (await gateway.execute(DeletedProjectsDocument, { name: label, first: 1, after: byName.pageInfo.endCursor }, reader)).expectData().deletedProjects;
    expect(next.edges.map((edge) => edge.node.id)).toEqual([first.id]);

    (await gateway.execute(DeletedProjectsDocument, { organizationId: `org_${'0'.repeat(22)}` }, reader)).expectError('NOT_FOUND');
    for (const as of [tenant.owner.as, tenant.managementKey.as, tenant.rootClient.as, await operator(['organization:write'])]) {
      (await gateway.execute(DeletedProjectsDocument, {}, as)).expectError('FORBIDDEN');
      (await gateway.execute(DeletedProjectDocument, { id: first.id }, as)).expectError('FORBIDDEN');
    }
    // A project that is not deleted is no deleted project.
    const alive = (await createProject(gateway, tenant)).project;
    (await gateway.execute(DeletedProjectDocument, { id: alive.id }, reader)).expectError('NOT_FOUND');
    expect((await gateway.execute(DeletedProjectDocument, { id: first.id }, reader)).expectData().deletedProject).toMatchObject({ isDeleted: true });
  });

  test('undeleteProject brings a deleted project back, clearing its expiry or setting one; not deleted, purged and missing ones are userErrors', async () => {
    const tenant = await createTenant(database);
    const project = await deleted(tenant);
    await database.prisma.project.update({ where: { id: project.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    (await gateway.execute(UndeleteProjectDocument, { input: { id: project.id } }, reader)).expectError('FORBIDDEN');
    (await gateway.execute(UndeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as)).expectError('FORBIDDEN');

    const undeleted = (await gateway.execute(UndeleteProjectDocument, { input: { id: project.id } }, admin)).expectData().undeleteProject!;
    expect(undeleted.userErrors).toEqual([]);
    expect(undeleted.project).toMatchObject({ isDeleted: false, deleteAt: null, deletedAt: null });
    expect((await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).expiresAt).toBeNull();
    (await gateway.execute(ProjectDocument, { id: project.id }, tenant.owner.as)).expectData();

    const notDeleted = (await gateway.execute(UndeleteProjectDocument, { input: { id: project.id } }, admin)).expectData().undeleteProject!;
    expect(notDeleted.userErrors).toMatchObject([{ code: 'NOT_DELETED', field: ['input', 'id'] }]);
    const missing = (await gateway.execute(UndeleteProjectDocument, { input: { id: `prj_${'0'.repeat(22)}` } }, admin)).expectData().undeleteProject!;
    expect(missing.userErrors[0]?.code).toBe('NOT_FOUND');
    const invalid = (await gateway.execute(UndeleteProjectDocument, { input: { id: project.id, expirationDays: -1 } }, admin)).expectData().undeleteProject!;
    expect(invalid.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'expirationDays'] }]);

    await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as);
    const before = Date.now();
    const withExpiry = (await gateway.execute(UndeleteProjectDocument, { input: { id: project.id, expirationDays: 3 } }, admin)).expectData().undeleteProject!;
    expect(withExpiry.userErrors).toEqual([]);
    const row = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.expiresAt!.getTime() - before).toBeGreaterThanOrEqual(3 * 86400_000 - 1000);
    expect(row.expiresAt!.getTime() - before).toBeLessThanOrEqual(3 * 86400_000 + 5000);
    expect((await jobsOf(project.id, EXPIRE_JOB)).map((job) => job.runAt)).toEqual([row.expiresAt]);
    const audit = await database.prisma.auditEvent.count({ where: { organizationId: tenant.organizationId, action: 'project.undelete', actorKind: 'OPERATOR' } });
    expect(audit).toBe(2);

    // Purged: nothing left to restore.
    await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as);
    await gateway.execute(PurgeProjectDocument, { input: { id: project.id } }, admin);
    await worker.runDueJobs();
    const purged = (await gateway.execute(UndeleteProjectDocument, { input: { id: project.id } }, admin)).expectData().undeleteProject!;
    expect(purged.userErrors).toMatchObject([{ code: 'PURGED', field: ['input', 'id'] }]);
  });
});

describe('expiry', () => {
  test('a project whose expiry passes is deleted by the system (audited) and its purge scheduled; a moved expiry is respected', async () => {
    const tenant = await createTenant(database);
    const project = await deleted(tenant);
    // Undeleted with an expiry of 0 days: due now.
    (await gateway.execute(UndeleteProjectDocument, { input: { id: project.id, expirationDays: 0 } }, admin)).expectData();
    const { project: moved } = await createProject(gateway, tenant);
    await database.prisma.$transaction(async (tx) => {
      const row = await tx.project.update({ where: { id: moved.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      await scheduleProjectExpiry(tx, row);
      // Then its expiry was moved on (and scheduled anew, not due yet).
      await tx.project.update({ where: { id: moved.id }, data: { expiresAt: new Date(Date.now() + 86400_000) } });
    });

    expect(await worker.runDueJobs()).toBe(2);
    const row = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.deleteAt).not.toBeNull();
    expect(row.deletedAt).not.toBeNull();
    const [expireJob] = await jobsOf(project.id, EXPIRE_JOB);
    expect(expireJob!.status).toBe('SUCCEEDED');
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { targetId: project.id, actorKind: 'SYSTEM', action: 'project.delete' } });
    expect(event).toMatchObject({ actorId: expireJob!.id, changes: { reason: 'expired' } });
    // The purge of this deletion, due when its window ends.
    const purges = await jobsOf(project.id);
    expect(purges.at(-1)).toMatchObject({ status: 'PENDING', runAt: row.deleteAt });
    (await gateway.execute(ProjectLifecycleDocument, { id: project.id }, tenant.owner.as)).expectData();

    expect((await database.prisma.project.findUniqueOrThrow({ where: { id: moved.id } })).deleteAt).toBeNull();
    expect((await jobsOf(moved.id, EXPIRE_JOB))[0]!.status).toBe('SUCCEEDED');
  });
});

test('a project made from a template that expires, or given an expiry by the operator, has its expiry job scheduled with it', async () => {
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant, { templateId: 'poc15Days' });
  const row = await database.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
  expect(row.expiresAt!.getTime() - row.createdAt.getTime()).toBeCloseTo(15 * 86400_000, -4);
  expect(await jobsOf(project.id, EXPIRE_JOB)).toEqual([expect.objectContaining({ status: 'PENDING', runAt: row.expiresAt })]);

  const { project: production } = await createProject(gateway, tenant);
  expect(await jobsOf(production.id, EXPIRE_JOB)).toEqual([]);
  const expiresAt = new Date(Date.now() + 3600_000);
  const updated = await gateway.execute<{ updateProject: { userErrors: unknown[] } }, Record<string, unknown>>(
    'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { userErrors { code } } }',
    { input: { id: production.id, expiresAt: expiresAt.toISOString() } },
    await operator(['platform:write', 'project:write']),
  );
  expect(updated.expectData().updateProject.userErrors).toEqual([]);
  expect(await jobsOf(production.id, EXPIRE_JOB)).toEqual([expect.objectContaining({ status: 'PENDING', runAt: expiresAt })]);
});

describe('transferProject', () => {
  test('moves the project with its members and everything it owns; the old organization’s keys lose it; audited in both', async () => {
    const source = await createTenant(database);
    const target = await createTenant(database);
    const { project } = await createProject(gateway, source);
    const things = await furnish(database, source, project.id);
    // The source's OWNER is an ADMIN of the target.
    await database.prisma.organizationMember.create({ data: { id: newId('OrganizationMember'), organizationId: target.organizationId, userId: source.owner.userId, role: 'ADMIN' } });

    const payload = (await gateway.execute(TransferProjectDocument, { input: { id: project.id, organizationId: target.organizationId } }, source.owner.as))
      .expectData().transferProject!;
    expect(payload.userErrors).toEqual([]);
    expect(payload.project).toEqual({ id: project.id, organization: { id: target.organizationId } });

    const where = { where: { projectId: project.id } };
    const rows = await Promise.all([
      database.prisma.projectMember.findMany(where),
      database.prisma.reference.findMany(where),
      database.prisma.client.findMany(where),
      database.prisma.storageToken.findMany(where),
      database.prisma.joinRequest.findMany(where),
      database.prisma.invitation.findMany(where),
      database.prisma.dashboard.findMany(where),
      database.prisma.report.findMany(where),
      database.prisma.configuration.findMany(where),
      database.prisma.metadataSchema.findMany(where),
      database.prisma.customEventSchema.findMany(where),
      database.prisma.stackingRules.findMany(where),
      database.prisma.brand.findMany(where),
      database.prisma.campaignTemplate.findMany(where),
      database.prisma.configurationRow.findMany({ where: { parent: where.where } }),
      database.prisma.configurationVersion.findMany({ where: { parent: where.where } }),
      database.prisma.configurationRowVersion.findMany({ where: { row: { parent: where.where } } }),
    ]);
    for (const list of rows) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((row) => row.organizationId === target.organizationId)).toBe(true);
    }
    expect(rows[0]!.map((m) => m.userId)).toContain(things.member.userId);
    // The member keeps the project, now in the other organization.
    (await gateway.execute(ProjectDocument, { id: project.id }, things.member.as)).expectData();
    expect(await database.prisma.managementKey.count({ where: { projects: { some: { id: project.id } } } })).toBe(0);
    expect((await database.prisma.managementKey.findUniqueOrThrow({ where: { id: things.onlyKeyId } })).revokedAt).not.toBeNull();
    // The source's own keys no longer reach it.
    (await gateway.execute(ProjectDocument, { id: project.id }, source.managementKey.as)).expectError('NOT_FOUND');
    (await gateway.execute(ProjectDocument, { id: project.id }, target.managementKey.as)).expectData();

    const events = await database.prisma.auditEvent.findMany({ where: { targetId: project.id, action: 'project.transfer' } });
    expect(events.map((event) => event.organizationId).sort()).toEqual([source.organizationId, target.organizationId].sort());
    expect(events[0]!.changes).toEqual({ fromOrganizationId: source.organizationId, toOrganizationId: target.organizationId });
  });

  test('the caller needs project:write in the target organization; same organization INVALID; a deleted project cannot move', async () => {
    const source = await createTenant(database);
    const target = await createTenant(database);
    const { project } = await createProject(gateway, source);
    const input = { id: project.id, organizationId: target.organizationId };

    // Not a member of the target: it is not found.
    const unseen = (await gateway.execute(TransferProjectDocument, { input }, source.owner.as)).expectData().transferProject!;
    expect(unseen.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'organizationId'] }]);
    // A MEMBER of the target may read it but not create projects there.
    await database.prisma.organizationMember.create({ data: { id: newId('OrganizationMember'), organizationId: target.organizationId, userId: source.owner.userId, role: 'MEMBER' } });
    (await gateway.execute(TransferProjectDocument, { input }, source.owner.as)).expectError('FORBIDDEN');
    // A project EDITOR may not move the project.
    const editor = await source.addProjectUser(project.id, 'EDITOR');
    (await gateway.execute(TransferProjectDocument, { input }, editor.as)).expectError('FORBIDDEN');

    const same = (await gateway.execute(TransferProjectDocument, { input: { ...input, organizationId: source.organizationId } }, source.owner.as))
      .expectData().transferProject!;
    expect(same.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'organizationId'] }]);

    const writer = await operator(['project:write', 'organization:read']);
    await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, source.owner.as);
    const gone = (await gateway.execute(TransferProjectDocument, { input }, writer)).expectData().transferProject!;
    expect(gone.userErrors).toMatchObject([{ code: 'DELETED', field: ['input', 'id'] }]);

    // The operator with project:write moves it (by numbers, as the Keboola dialect sends them).
    await gateway.execute(RestoreProjectDocument, { input: { id: project.id } }, source.owner.as);
    const numbers = await Promise.all([
      database.prisma.project.findUniqueOrThrow({ where: { id: project.id } }),
      database.prisma.organization.findUniqueOrThrow({ where: { id: target.organizationId } }),
    ]);
    const moved = (await gateway.execute(TransferProjectDocument, { input: { id: String(numbers[0].number), organizationId: String(numbers[1].number) } }, writer))
      .expectData().transferProject!;
    expect(moved.project?.organization.id).toBe(target.organizationId);
    expect(gateway.internalErrors).toEqual([]);
  });
});

/** Credentials of the project, each verified once by every gateway given (so that each caches it). */
async function verifiedCredentials(tenant: Tenant, projectId: string, gateways: TestGateway[]) {
  const { organizationId } = tenant;
  const root = await insertClient(database.prisma, { organizationId, projectId, name: unique('root'), type: 'ROOT' });
  const storage = await insertStorageToken(database.prisma, { organizationId, projectId, description: 's', createdByKind: 'USER', createdById: tenant.owner.userId });
  const onlyKey = await insertManagementKey(database.prisma, { organizationId, name: unique('k'), scopes: ['project:read'], projectIds: [projectId] });
  rememberSecrets(root.secret + storage.token + onlyKey.token);
  const as = {
    client: { clientId: root.client.id, clientSecret: root.secret },
    storageToken: { headers: { 'x-storageapi-token': storage.token } },
    key: { bearer: onlyKey.token },
  } satisfies Record<string, Credentials>;
  for (const instance of gateways) {
    for (const credentials of Object.values(as)) (await instance.execute(ViewerDocument, {}, credentials)).expectData();
  }
  return as;
}

/** What each credential now hears from a gateway: 401's message, or the organization it reads as its own. */
async function heard(instance: TestGateway, as: Record<string, Credentials>) {
  const answers: Record<string, string | null | undefined> = {};
  for (const [name, credentials] of Object.entries(as)) {
    const response = await instance.execute(ViewerDocument, {}, credentials);
    answers[name] = response.status === 401 ? response.expectError('UNAUTHENTICATED').message : response.expectData().viewer.organization?.id;
  }
  return answers;
}

const PURGED = { client: 'unknown client or wrong secret', storageToken: 'unknown storage token', key: 'this management key was revoked' };

describe('cached verifications of the credentials a bulk change removes or moves', () => {
  test('a purge: its clients, storage tokens and the key limited to it are refused at once, though verified a moment before', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const as = await verifiedCredentials(tenant, project.id, [gateway]);
    await gateway.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as);
    (await gateway.execute(PurgeProjectDocument, { input: { id: project.id } }, admin)).expectData();
    expect(await worker.runDueJobs()).toBe(1);
    expect(await heard(gateway, as)).toEqual(PURGED);
  });

  test('a transfer: its storage tokens and clients belong to the other organization at once', async () => {
    const source = await createTenant(database);
    const target = await createTenant(database);
    await database.prisma.organizationMember.create({ data: { id: newId('OrganizationMember'), organizationId: target.organizationId, userId: source.owner.userId, role: 'ADMIN' } });
    const { project } = await createProject(gateway, source);
    const as = await verifiedCredentials(source, project.id, [gateway]);
    (await gateway.execute(TransferProjectDocument, { input: { id: project.id, organizationId: target.organizationId } }, source.owner.as)).expectData();
    expect(await heard(gateway, as)).toEqual({ client: target.organizationId, storageToken: target.organizationId, key: 'this management key was revoked' });
  });
});

describe.runIf(process.env.REDIS_URL)('on two instances sharing Redis', () => {
  async function withTwoInstances(work: (instances: [TestGateway, TestGateway]) => Promise<void>) {
    const shared = { limits: { redisUrl: process.env.REDIS_URL, requests: 1e6, cost: 1e9 } };
    const instances: [TestGateway, TestGateway] = [testGateway(database, shared), testGateway(database, shared)];
    try {
      await work(instances);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  }

  test('a purge run by one instance’s worker: the other refuses what it purged on its next request', async () => {
    await withTwoInstances(async ([first, second]) => {
      const tenant = await createTenant(database);
      const { project } = await createProject(first, tenant);
      const as = await verifiedCredentials(tenant, project.id, [first, second]);
      await first.execute(DeleteProjectDocument, { input: { id: project.id } }, tenant.owner.as);
      (await first.execute(PurgeProjectDocument, { input: { id: project.id } }, admin)).expectData();
      expect(await new JobWorker(database.prisma, logger, first.services.credentials, { kinds: [PURGE_JOB] }).runDueJobs()).toBe(1);
      expect(await heard(second, as)).toEqual(PURGED);
    });
  });

  test('a transfer through one instance: the other reads the moved credentials afresh', async () => {
    await withTwoInstances(async ([first, second]) => {
      const source = await createTenant(database);
      const target = await createTenant(database);
      await database.prisma.organizationMember.create({ data: { id: newId('OrganizationMember'), organizationId: target.organizationId, userId: source.owner.userId, role: 'ADMIN' } });
      const { project } = await createProject(first, source);
      const as = await verifiedCredentials(source, project.id, [first, second]);
      (await first.execute(TransferProjectDocument, { input: { id: project.id, organizationId: target.organizationId } }, source.owner.as)).expectData();
      expect(await heard(second, as)).toEqual({ client: target.organizationId, storageToken: target.organizationId, key: 'this management key was revoked' });
    });
  });

  test('an organization deleted through one instance: the other refuses its keys and clients', async () => {
    await withTwoInstances(async ([first, second]) => {
      const tenant = await createTenant(database);
      const as = { key: tenant.managementKey.as, client: tenant.rootClient.as };
      for (const instance of [first, second]) for (const credentials of Object.values(as)) (await instance.execute(ViewerDocument, {}, credentials)).expectData();
      const deletion = (await first.execute(DeleteOrganizationDocument, { input: { id: tenant.organizationId } }, tenant.owner.as)).expectData().deleteOrganization!;
      expect(deletion.userErrors).toEqual([]);
      expect(await heard(second, as)).toEqual({ key: 'unknown management key', client: 'unknown client or wrong secret' });
    });
  });
});
