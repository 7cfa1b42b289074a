import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterEach, describe, expect, test } from 'vitest';
import type { TokenSealer } from '../../../src/access/reveal.js';
import { postgresDatabase } from '../../../src/db/postgres.js';
import { newId } from '../../../src/db/ids.js';
import { JobWorker } from '../../../src/jobs/worker.js';
import { recordAudit } from '../../../src/modules/audit/service.js';
import { DELIVERY_JOB } from '../../../src/modules/webhook/outbox.js';
import { configureWebhooks, webhookSettings } from '../../../src/modules/webhook/settings.js';
import type { PrismaClient } from '../../../src/generated/prisma/client.js';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  ProjectWebhooksDocument,
  RotateWebhookSecretDocument,
  SendWebhookPingDocument,
  UpdateProjectNameDocument,
  UpdateWebhookDocument,
  WebhookDeliveriesDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import type { Credentials } from '../../support/gateway.js';
import { createProject, createTenant, unique, type Tenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();
const logger = pino({ level: 'silent' });
const defaults = { ...webhookSettings };

afterEach(() => configureWebhooks(defaults));

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real receiver on 127.0.0.1 answering the statuses given in turn (then 200), keeping every request. */
async function receiver(statuses: number[] = []) {
  const requests: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = statuses.shift() ?? 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url, requests };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A clock the test moves by hand. */
function manualClock(start = new Date()) {
  let now = start.getTime();
  return { now: () => new Date(now), set: (date: Date) => (now = date.getTime()), advance: (ms: number) => (now += ms) };
}

function worker(options: { clock?: () => Date; prisma?: PrismaClient } = {}) {
  return new JobWorker(options.prisma ?? database.prisma, logger, gateway.services.credentials, {
    kinds: [DELIVERY_JOB],
    sealer: gateway.services.sealer,
    clock: options.clock,
  });
}

async function createWebhook(as: Credentials, input: { projectId: string; targetUrl: string; events: string[]; active?: boolean }) {
  const payload = (await gateway.execute(CreateWebhookDocument, { input }, as)).expectData().createWebhook!;
  expect(payload.userErrors).toEqual([]);
  return { webhook: payload.webhook!, secret: payload.secret! };
}

async function deliveriesOf(webhookId: string, as: Credentials) {
  const { node } = (await gateway.execute(WebhookDeliveriesDocument, { id: webhookId }, as)).expectData();
  if (node?.__typename !== 'Webhook') throw new Error('not a webhook');
  return node.deliveries.edges.map((edge) => edge.node);
}

async function renameProject(tenant: Tenant, projectId: string, name = unique('renamed')) {
  (await gateway.execute(UpdateProjectNameDocument, { input: { id: projectId, name } }, tenant.owner.as)).expectData();
  return name;
}

/** A tenant with a project and a webhook of it on a fresh receiver, subscribed to project.updated. */
async function subscribed(statuses: number[] = [], events = ['project.updated']) {
  configureWebhooks({ allowPrivateTargets: true });
  const tenant = await createTenant(database);
  const { project } = await createProject(gateway, tenant);
  const target = await receiver(statuses);
  const { webhook, secret } = await createWebhook(tenant.owner.as, { projectId: project.id, targetUrl: target.url, events });
  return { tenant, project, target, webhook, secret };
}

describe('webhooks', () => {
  test('a project ADMIN creates, lists, updates (events replaced whole) and deletes them; a VIEWER reads; the secret is shown once', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const admin = await tenant.addProjectUser(project.id, 'ADMIN');
    const viewer = await tenant.addProjectUser(project.id, 'VIEWER');
    const { webhook, secret } = await createWebhook(admin.as, {
      projectId: project.id,
      targetUrl: 'https://hooks.example.com/steward',
      events: ['project.updated', 'voucher.created', 'voucher.gift.balance_aded', 'voucher.gift.balance_added', 'customer.updated', 'project.updated'],
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(webhook).toMatchObject({
      id: expect.stringMatching(/^wh_/),
      targetUrl: 'https://hooks.example.com/steward',
      events: ['project.updated', 'voucher.created', 'voucher.gift.balance_aded', 'voucher.gift.balance_added', 'customer.updated'],
      active: true,
      previousSecretExpiresAt: null,
      project: { id: project.id },
    });

    const listed = (await gateway.execute(ProjectWebhooksDocument, { id: project.id }, viewer.as)).expectData();
    expect(listed.project?.webhooks?.edges.map((edge) => edge.node.id)).toEqual([webhook.id]);
    const denied = await gateway.execute(UpdateWebhookDocument, { input: { id: webhook.id, active: false } }, viewer.as);
    expect(denied.expectError('FORBIDDEN').extensions?.requires).toBe('webhook:write');

    const updated = (await gateway.execute(UpdateWebhookDocument, { input: { id: webhook.id, events: ['client.created'], active: false } }, admin.as))
      .expectData().updateWebhook!;
    expect(updated.webhook).toMatchObject({ events: ['client.created'], active: false, targetUrl: 'https://hooks.example.com/steward' });

    const audit = await database.prisma.auditEvent.findMany({ where: { targetId: webhook.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => [entry.action, entry.projectId])).toEqual([['webhook.create', project.id], ['webhook.update', project.id]]);

    const deleted = (await gateway.execute(DeleteWebhookDocument, { input: { id: webhook.id } }, admin.as)).expectData().deleteWebhook!;
    expect(deleted).toEqual({ deletedWebhookId: webhook.id, userErrors: [] });
    const gone = (await gateway.execute(ProjectWebhooksDocument, { id: project.id }, viewer.as)).expectData();
    expect(gone.project?.webhooks?.edges).toEqual([]);
  });

  test('update and delete with a projectId touch only that project’s webhook; another project’s is NOT_FOUND', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const { project: other } = await createProject(gateway, tenant);
    const { webhook } = await createWebhook(tenant.owner.as, { projectId: project.id, targetUrl: 'https://hooks.example.com/a', events: ['project.updated'] });
    const notFound = [{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'webhook not found' }];

    const elsewhere = (await gateway.execute(UpdateWebhookDocument, { input: { id: webhook.id, projectId: other.id, active: false } }, tenant.owner.as)).expectData();
    expect(elsewhere.updateWebhook).toEqual({ webhook: null, userErrors: notFound });
    const deletedElsewhere = (await gateway.execute(DeleteWebhookDocument, { input: { id: webhook.id, projectId: other.id } }, tenant.owner.as)).expectData();
    expect(deletedElsewhere.deleteWebhook).toEqual({ deletedWebhookId: null, userErrors: notFound });
    const missingProject = (await gateway.execute(DeleteWebhookDocument, { input: { id: webhook.id, projectId: 'prj_missing' } }, tenant.owner.as)).expectData();
    expect(missingProject.deleteWebhook?.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'projectId'], message: 'project not found' }]);
    expect(await database.prisma.webhook.findUniqueOrThrow({ where: { id: webhook.id } })).toMatchObject({ active: true });

    const updated = (await gateway.execute(UpdateWebhookDocument, { input: { id: webhook.id, projectId: project.id, active: false } }, tenant.owner.as)).expectData();
    expect(updated.updateWebhook?.webhook).toMatchObject({ id: webhook.id, active: false });
    const deleted = (await gateway.execute(DeleteWebhookDocument, { input: { id: webhook.id, projectId: project.id } }, tenant.owner.as)).expectData();
    expect(deleted.deleteWebhook).toEqual({ deletedWebhookId: webhook.id, userErrors: [] });
  });

  test('bad input is a userError on its field; organization-wide events need audit:read', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const create = async (targetUrl: string, events: string[] = ['project.updated'], as: Credentials = tenant.owner.as) =>
      (await gateway.execute(CreateWebhookDocument, { input: { projectId: project.id, targetUrl, events } }, as)).expectData().createWebhook!;
    const refused = async (targetUrl: string) => (await create(targetUrl)).userErrors.map((error) => `${error.code} ${error.field.join('.')}`);

    for (const url of [
      'http://127.0.0.1:8080/x', 'http://10.1.2.3/', 'http://192.168.0.1/', 'http://172.20.0.1/', 'http://169.254.169.254/latest/meta-data',
      'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[fe80::1]/', 'http://[fd00::1]/', 'http://0.0.0.0/', 'http://2130706433/',
      'http://localhost:3000/', 'http://api.localhost/', 'ftp://example.com/', 'not a url', 'file:///etc/passwd',
    ]) {
      expect(await refused(url), url).toEqual(['INVALID input.targetUrl']);
    }
    expect((await create('https://example.com/x', ['project.updated', 'voucher.aded', 'nonsense'])).userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'events'], message: expect.stringContaining('voucher.aded, nonsense') },
    ]);
    expect((await create(`https://example.com/${'x'.repeat(2000)}`)).userErrors[0]?.code).toBe('TOO_LONG');

    const admin = await tenant.addProjectUser(project.id, 'ADMIN');
    const forbidden = await gateway.execute(
      CreateWebhookDocument,
      { input: { projectId: project.id, targetUrl: 'https://example.com/x', events: ['management_key.created'] } },
      admin.as,
    );
    expect(forbidden.expectError('FORBIDDEN').extensions?.requires).toBe('audit:read');
    expect((await create('https://example.com/x', ['management_key.created', 'member.added'])).userErrors).toEqual([]);
  });

  test('a change reaches the subscribed webhook through the worker, signed as the Standard Webhooks reference verifies', async () => {
    const { tenant, project, target, webhook, secret } = await subscribed();
    const name = await renameProject(tenant, project.id);
    expect(target.requests).toEqual([]); // the request that caused the event sent nothing
    await worker().runDueJobs();

    expect(target.requests).toHaveLength(1);
    const [request] = target.requests as [Received];
    expect(request.headers['content-type']).toBe('application/json');
    const event = new StandardWebhook(secret).verify(request.body, request.headers as Record<string, string>) as Record<string, any>;
    expect(event).toMatchObject({
      type: 'project.updated',
      timestamp: expect.any(String),
      data: {
        organizationId: tenant.organizationId,
        projectId: project.id,
        target: { type: 'Project', id: project.id },
        actor: { kind: 'USER', id: tenant.owner.userId },
        changes: { name },
      },
    });
    expect(() => new StandardWebhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(request.body, request.headers as Record<string, string>)).toThrow();

    const [delivery] = await deliveriesOf(webhook.id, tenant.owner.as);
    expect(delivery).toMatchObject({ id: request.headers['webhook-id'], eventType: 'project.updated', status: 'SUCCEEDED', nextAttemptAt: null });
    expect(delivery!.attempts).toEqual([{ number: 1, startedAt: expect.any(String), latencyMs: expect.any(Number), responseStatus: 200, error: null }]);
  });

  test('only active webhooks subscribed to the event get it; organization-wide events reach every project explicitly subscribed', async () => {
    const { tenant, project, target } = await subscribed([], ['project.updated', 'member.added']);
    const inactive = await receiver();
    await createWebhook(tenant.owner.as, { projectId: project.id, targetUrl: inactive.url, events: ['project.updated'], active: false });
    const other = await receiver();
    await createWebhook(tenant.owner.as, { projectId: project.id, targetUrl: other.url, events: ['client.created'] });

    await renameProject(tenant, project.id);
    await gateway.execute(
      'mutation($input: AddOrganizationMemberInput!) { addOrganizationMember(input: $input) { userErrors { code } } }',
      { input: { organizationId: tenant.organizationId, email: `${unique('m')}@example.test`, role: 'MEMBER' } },
      tenant.owner.as,
    );
    await worker().runDueJobs();
    expect(target.requests.map((request) => JSON.parse(request.body).type).sort()).toEqual(['member.added', 'project.updated']);
    expect(inactive.requests).toEqual([]);
    expect(other.requests).toEqual([]);
  });

  test('the event is written in the transaction of its change: rolled back with it; one statement when nothing subscribes', async () => {
    const { tenant, project, webhook } = await subscribed();
    const actor = { kind: 'USER' as const, id: tenant.owner.userId };
    const entry = (action: string) => ({ organizationId: tenant.organizationId, action, target: { type: 'Project' as const, id: project.id } });
    await expect(
      database.prisma.$transaction(async (tx) => {
        await recordAudit(tx, actor, entry('project.update'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await database.prisma.webhookDelivery.count({ where: { webhookId: webhook.id } })).toBe(0);

    const before = database.statements.length;
    await database.prisma.$transaction((tx) => recordAudit(tx, actor, entry('project.delete')));
    const sent = database.statements.slice(before).filter((sql) => !/^(BEGIN|COMMIT|--)/.test(sql.trim()));
    expect(sent).toHaveLength(2);
    expect(sent[1]).toContain('FROM "public"."Webhook"');

    await database.prisma.$transaction((tx) => recordAudit(tx, actor, entry('project.update')));
    expect(await database.prisma.webhookDelivery.count({ where: { webhookId: webhook.id } })).toBe(1);
    await database.prisma.webhook.delete({ where: { id: webhook.id } });
  });

  test('a transferred project takes its webhooks along', async () => {
    const { tenant, project, target, webhook } = await subscribed([], ['project.transferred', 'project.updated']);
    const destination = await createTenant(database);
    const owner = await destination.addUser('OWNER');
    await database.prisma.organizationMember.create({
      data: { id: newId('OrganizationMember'), organizationId: tenant.organizationId, userId: owner.userId, role: 'OWNER' },
    });
    const moved = await gateway.execute(
      'mutation($input: TransferProjectInput!) { transferProject(input: $input) { userErrors { code message } } }',
      { input: { id: project.id, organizationId: destination.organizationId } },
      owner.as,
    );
    expect(moved.expectData()).toEqual({ transferProject: { userErrors: [] } });
    expect(await database.prisma.webhook.findUniqueOrThrow({ where: { id: webhook.id } })).toMatchObject({ organizationId: destination.organizationId });
    await worker().runDueJobs();
    expect(target.requests.map((request) => JSON.parse(request.body).type)).toEqual(['project.transferred']);
    expect((await deliveriesOf(webhook.id, owner.as)).map((delivery) => delivery.status)).toEqual(['SUCCEEDED']);
  });

  test('a receiver that fails twice then answers 200 gets three attempts, with growing delays', async () => {
    const { tenant, project, target, webhook } = await subscribed([500, 503]);
    await renameProject(tenant, project.id);
    const clock = manualClock();
    const runner = worker({ clock: clock.now });
    const job = async () => database.prisma.job.findFirstOrThrow({ where: { webhookDelivery: { webhookId: webhook.id } } });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const before = clock.now();
      await runner.runDueJobs();
      const after = await job();
      if (attempt < 3) {
        expect(after.status).toBe('PENDING');
        delays.push(after.runAt.getTime() - before.getTime());
        clock.set(after.runAt);
      } else expect(after.status).toBe('SUCCEEDED');
    }
    expect(target.requests).toHaveLength(3);
    expect(new Set(target.requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
    expect(delays[0]).toBeGreaterThanOrEqual(2500);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    const [delivery] = await deliveriesOf(webhook.id, tenant.owner.as);
    expect(delivery!.status).toBe('SUCCEEDED');
    expect(delivery!.attempts.map((attempt) => [attempt.number, attempt.responseStatus, attempt.error])).toEqual([
      [1, 500, 'HTTP 500'],
      [2, 503, 'HTTP 503'],
      [3, 200, null],
    ]);
  });

  test('a delivery whose retry time runs out is FAILED, every attempt kept', async () => {
    configureWebhooks({ retryForMs: 60_000 });
    const { tenant, project, webhook } = await subscribed(Array(50).fill(500));
    await renameProject(tenant, project.id);
    const clock = manualClock();
    const runner = worker({ clock: clock.now });
    for (let round = 0; round < 20; round++) {
      await runner.runDueJobs();
      clock.advance(61_000);
    }
    const [delivery] = await deliveriesOf(webhook.id, tenant.owner.as);
    expect(delivery!.status).toBe('FAILED');
    expect(delivery!.nextAttemptAt).toBeNull();
    expect(delivery!.attempts.length).toBeGreaterThanOrEqual(2);
    expect(delivery!.attempts.every((attempt) => attempt.error === 'HTTP 500')).toBe(true);
  });

  test('a worker stopped mid-retry: a new worker on the same database resumes and delivers', async () => {
    const { tenant, project, target, webhook } = await subscribed([500]);
    await renameProject(tenant, project.id);
    const clock = manualClock();
    const first = worker({ clock: clock.now });
    await first.runDueJobs();
    await first.stop(1000);
    expect(target.requests).toHaveLength(1);

    clock.advance(3600_000);
    await worker({ clock: clock.now }).runDueJobs();
    expect(target.requests).toHaveLength(2);
    const [delivery] = await deliveriesOf(webhook.id, tenant.owner.as);
    expect(delivery!.attempts.map((attempt) => attempt.responseStatus)).toEqual([500, 200]);
  });

  test.skipIf(!process.env.DATABASE_URL)('two instances on one PostgreSQL database deliver each event once', async () => {
    const { tenant, project, target } = await subscribed();
    for (let index = 0; index < 12; index++) await renameProject(tenant, project.id);
    const other = postgresDatabase(process.env.DATABASE_URL!, { poolSize: 5 });
    try {
      const workers = [worker(), worker({ prisma: other.prisma }), worker(), worker({ prisma: other.prisma })];
      const ran = await Promise.all(workers.map((instance) => instance.runDueJobs()));
      expect(ran.filter((count) => count > 0).length).toBeGreaterThan(1);
    } finally {
      await other.close();
    }
    const ids = target.requests.map((request) => request.headers['webhook-id']);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  test('a target that resolves to a loopback address is refused at delivery, with no connection made', async () => {
    const { tenant, project, target } = await subscribed();
    const port = new URL(target.url).port;
    const { webhook } = await createWebhook(tenant.owner.as, { projectId: project.id, targetUrl: `http://localhost:${port}/hooks`, events: ['project.updated'] });
    configureWebhooks({ allowPrivateTargets: false });
    await renameProject(tenant, project.id);
    await worker().runDueJobs();
    // The first webhook names 127.0.0.1 literally, so it too is refused once private targets are not allowed.
    expect(target.requests).toEqual([]);
    const [delivery] = await deliveriesOf(webhook.id, tenant.owner.as);
    expect(delivery!.status).toBe('PENDING');
    expect(delivery!.attempts).toEqual([
      expect.objectContaining({ number: 1, responseStatus: null, error: expect.stringMatching(/^refused: localhost resolves to (127\.0\.0\.1|::1), a private, loopback or link-local address$/) }),
    ]);
  });

  test('a ping reaches the webhook whatever it subscribes to; a rotation signs with both secrets during the grace period', async () => {
    const { tenant, target, webhook, secret } = await subscribed([], []);
    const ping = (await gateway.execute(SendWebhookPingDocument, { input: { id: webhook.id } }, tenant.owner.as)).expectData().sendWebhookPing!;
    expect(ping.delivery).toMatchObject({ eventType: 'webhook.ping', status: 'PENDING', attempts: [] });
    await worker().runDueJobs();
    const [pinged] = target.requests as [Received];
    expect(new StandardWebhook(secret).verify(pinged.body, pinged.headers as Record<string, string>)).toMatchObject({ type: 'webhook.ping', data: { webhookId: webhook.id } });

    const rotated = (await gateway.execute(RotateWebhookSecretDocument, { input: { id: webhook.id } }, tenant.owner.as)).expectData().rotateWebhookSecret!;
    expect(rotated.secret).not.toBe(secret);
    expect(Date.parse(rotated.webhook!.previousSecretExpiresAt!)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    await gateway.execute(SendWebhookPingDocument, { input: { id: webhook.id } }, tenant.owner.as);
    await worker().runDueJobs();
    const during = target.requests[1]!;
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const key of [secret, rotated.secret!]) expect(new StandardWebhook(key).verify(during.body, during.headers as Record<string, string>)).toBeTruthy();

    const again = (await gateway.execute(RotateWebhookSecretDocument, { input: { id: webhook.id, gracePeriodSeconds: 0 } }, tenant.owner.as)).expectData()
      .rotateWebhookSecret!;
    expect(again.webhook!.previousSecretExpiresAt).toBeNull();
    await gateway.execute(SendWebhookPingDocument, { input: { id: webhook.id } }, tenant.owner.as);
    await worker().runDueJobs();
    const after = target.requests[2]!;
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(() => new StandardWebhook(rotated.secret!).verify(after.body, after.headers as Record<string, string>)).toThrow();
    expect(new StandardWebhook(again.secret!).verify(after.body, after.headers as Record<string, string>)).toBeTruthy();

    const stored = await database.prisma.webhook.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(JSON.stringify(stored)).not.toContain(again.secret!.slice(6));
  });

  test('a deleted webhook gets nothing more: its pending deliveries go with it', async () => {
    const { tenant, project, target, webhook } = await subscribed();
    await renameProject(tenant, project.id);
    (await gateway.execute(DeleteWebhookDocument, { input: { id: webhook.id } }, tenant.owner.as)).expectData();
    expect(await database.prisma.webhookDelivery.count({ where: { webhookId: webhook.id } })).toBe(0);
    await worker().runDueJobs();
    expect(target.requests).toEqual([]);
  });

  test('without a server secret no webhook can be created, and the error tells the operator what to set', async () => {
    const tenant = await createTenant(database);
    const { project } = await createProject(gateway, tenant);
    const services = gateway.services as { sealer: TokenSealer | null };
    const sealer = services.sealer;
    services.sealer = null;
    try {
      const response = await gateway.execute(
        CreateWebhookDocument,
        { input: { projectId: project.id, targetUrl: 'https://example.com/x', events: [] } },
        tenant.owner.as,
      );
      expect(response.expectError('NOT_CONFIGURED').message).toContain('STEWARD_SECRET');
    } finally {
      services.sealer = sealer;
    }
  });
});
