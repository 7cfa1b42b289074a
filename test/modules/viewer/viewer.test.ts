import { describe, expect, test } from 'vitest';
import { ViewerDocument } from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('viewer', () => {
  test('names the principal of each credential kind', async () => {
    const tenant = await createTenant(database);
    const asUser = (await gateway.execute(ViewerDocument, {}, tenant.owner.as)).expectData().viewer;
    expect(asUser).toMatchObject({ kind: 'USER', user: { id: tenant.owner.userId, email: tenant.owner.email }, organization: null, scopes: [] });

    const asKey = (await gateway.execute(ViewerDocument, {}, tenant.managementKey.as)).expectData().viewer;
    expect(asKey).toMatchObject({ kind: 'MANAGEMENT_KEY', credentialId: tenant.managementKey.id, user: null, scopes: ['*'] });
    expect(asKey.organization?.id).toBe(tenant.organizationId);

    const asClient = (await gateway.execute(ViewerDocument, {}, tenant.rootClient.as)).expectData().viewer;
    expect(asClient).toMatchObject({ kind: 'CLIENT', credentialId: tenant.rootClient.id, organization: { id: tenant.organizationId } });
    expect(asClient.scopes).toContain('project:write');
  });
});
