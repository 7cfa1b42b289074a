import { describe, expect, test } from 'vitest';
import { CreateProjectWithSettingsDocument, DeleteProjectForSettingsDocument, UpdateProjectSettingsDocument } from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { rememberSecrets } from '../../support/secrets.js';
import { createTenant, unique } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('project settings (Voucherify’s)', () => {
  test('defaults, settings given at creation, a client-side key and the owners as members', async () => {
    const tenant = await createTenant(database);
    const plain = (await gateway.execute(CreateProjectWithSettingsDocument, { input: { organizationId: tenant.organizationId, name: unique('p') } }, tenant.owner.as))
      .expectData().createProject!;
    expect(plain.project).toMatchObject({
      timezone: 'UTC',
      currency: 'EUR',
      caseSensitiveCodes: true,
      dialCode: null,
      clusterId: 'eu1',
      webhookVersion: 'v2024-01-01',
      codeCharset: null,
      isSandbox: false,
      clientSideAccess: { redeem: false, publish: false, listVouchers: false, createCustomer: false, loyaltyEvents: false, setVoucherExpirationDate: false },
      usageNotifications: { apiCalls: { enabled: false, threshold: 80, inApp: false, emails: [] } },
      calloutNotifications: { webhooks: { email: false, inApp: false, emails: [] } },
      members: { edges: [] },
    });
    expect(plain.clientSideClient).toBeNull();
    expect(plain.clientSideSecret).toBeNull();

    const input = {
      organizationId: tenant.organizationId,
      name: unique('p'),
      timezone: 'Etc/GMT+1',
      currency: 'pln',
      caseSensitiveCodes: false,
      dialCode: '+48',
      codeCharset: 'ABCDEF0123',
      clientSideAccess: { redeem: true },
      usageNotifications: { apiCalls: { enabled: true, threshold: 70, inApp: true, emails: ['ops@example.test'] } },
      calloutNotifications: { webhooks: { email: true, inApp: false, emails: ['hooks@example.test'] } },
      clientSideClient: true,
      ownersAsMembers: true,
    };
    const created = (await gateway.execute(CreateProjectWithSettingsDocument, { input }, tenant.owner.as)).expectData().createProject!;
    rememberSecrets(created.clientSecret!);
    rememberSecrets(created.clientSideSecret!);
    expect(created.userErrors).toEqual([]);
    expect(created.project).toMatchObject({
      timezone: 'Etc/GMT+1',
      currency: 'PLN',
      caseSensitiveCodes: false,
      dialCode: '+48',
      codeCharset: 'ABCDEF0123',
      clientSideAccess: { redeem: true, publish: false },
      usageNotifications: { apiCalls: { enabled: true, threshold: 70, inApp: true, emails: ['ops@example.test'] }, webhookCalls: { enabled: false } },
      calloutNotifications: { webhooks: { email: true, emails: ['hooks@example.test'] }, distributions: { email: false } },
      members: { edges: [{ node: { role: 'ADMIN', roleName: null, user: { id: tenant.owner.userId } } }] },
    });
    expect(created.client?.type).toBe('WRITE');
    expect(created.clientSideClient).toMatchObject({ type: 'READ', name: 'Client-side key' });
    expect(created.clientSideSecret).toMatch(/\S{20,}/);
  });

  test('an update changes only what it sends, nested settings by kind; null clears the dial code', async () => {
    const tenant = await createTenant(database);
    const input = {
      organizationId: tenant.organizationId,
      name: unique('p'),
      dialCode: '+420',
      clientSideAccess: { redeem: true, publish: true },
      usageNotifications: { apiCalls: { enabled: true, threshold: 50, inApp: false, emails: [] } },
    };
    const { project } = (await gateway.execute(CreateProjectWithSettingsDocument, { input }, tenant.owner.as)).expectData().createProject!;
    const update = { id: project!.id, currency: 'USD', clientSideAccess: { publish: false }, usageNotifications: { webhookCalls: { enabled: true, threshold: 90, inApp: true, emails: [] } } };
    const updated = (await gateway.execute(UpdateProjectSettingsDocument, { input: update }, tenant.owner.as)).expectData().updateProject!;
    expect(updated.project).toMatchObject({
      currency: 'USD',
      timezone: 'UTC',
      dialCode: '+420',
      clientSideAccess: { redeem: true, publish: false },
      usageNotifications: { apiCalls: { enabled: true, threshold: 50 }, webhookCalls: { enabled: true, threshold: 90, inApp: true } },
    });
    const cleared = (await gateway.execute(UpdateProjectSettingsDocument, { input: { id: project!.id, dialCode: null } }, tenant.owner.as)).expectData().updateProject!;
    expect(cleared.project?.dialCode).toBeNull();
  });

  test('invalid settings are userErrors naming the field; nothing is created', async () => {
    const tenant = await createTenant(database);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ timezone: 'Mars/Olympus' }, 'timezone', 'timezone must be an IANA time zone such as Europe/Prague'],
      [{ currency: 'EURO' }, 'currency', 'currency must be an ISO 4217 code such as EUR'],
      [{ dialCode: '48-1' }, 'dialCode', 'dialCode must be a country dial code such as +48'],
      [{ webhookVersion: 'v2018-08-01' }, 'webhookVersion', 'webhookVersion must be one of v2024-01-01'],
      [{ codeCharset: 'AAB' }, 'codeCharset', 'codeCharset must not repeat a character'],
      [{ clusterId: 'us1' }, 'clusterId', 'clusterId: this deployment serves eu1 only'],
    ];
    for (const [settings, field, message] of cases) {
      const name = unique('bad');
      const result = (await gateway.execute(CreateProjectWithSettingsDocument, { input: { organizationId: tenant.organizationId, name, ...settings } }, tenant.owner.as))
        .expectData().createProject!;
      expect(result.userErrors).toEqual([{ code: 'INVALID', field: ['input', field], message }]);
      expect(await database.prisma.project.count({ where: { name } })).toBe(0);
    }
    const threshold = { organizationId: tenant.organizationId, name: unique('bad'), usageNotifications: { apiCalls: { enabled: true, threshold: 95, inApp: false, emails: [] } } };
    const refused = (await gateway.execute(CreateProjectWithSettingsDocument, { input: threshold }, tenant.owner.as)).expectData().createProject!;
    expect(refused.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'usageNotifications', 'apiCalls', 'threshold'], message: 'threshold must be 10 to 90' }]);
  });

  test('the sandbox project cannot be deleted', async () => {
    const tenant = await createTenant(database);
    const { project } = (await gateway.execute(CreateProjectWithSettingsDocument, { input: { organizationId: tenant.organizationId, name: unique('sandbox'), isSandbox: true } }, tenant.owner.as))
      .expectData().createProject!;
    expect(project?.isSandbox).toBe(true);
    const refused = (await gateway.execute(DeleteProjectForSettingsDocument, { input: { id: project!.id } }, tenant.owner.as)).expectData().deleteProject!;
    expect(refused.userErrors).toEqual([{ code: 'SANDBOX', field: ['input', 'id'], message: 'the sandbox project cannot be deleted' }]);
    expect((await database.prisma.project.findUniqueOrThrow({ where: { id: project!.id } })).deleteAt).toBeNull();
  });
});
