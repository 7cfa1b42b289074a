import { describe, expect, test } from 'vitest';
import { insertOperatorToken } from '../../../src/access/issue.js';
import { ROOT_CLIENT_SCOPES } from '../../../src/access/principal.js';
import { CreateManagementKeyDocument, CreatePersonalAccessTokenDocument, ViewerCredentialDocument, ViewerDocument } from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { rememberSecrets } from '../../support/secrets.js';
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

  test('credential: Keboola’s token verification for every kind, with its type, lifetime, scopes and user', async () => {
    const tenant = await createTenant(database);
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const pat = (await gateway.execute(CreatePersonalAccessTokenDocument, { input: { name: 'laptop', expiresAt } }, tenant.owner.as)).expectData()
      .createPersonalAccessToken!;
    const asUser = (await gateway.execute(ViewerCredentialDocument, {}, { bearer: pat.token! })).expectData().viewer.credential;
    expect(asUser).toMatchObject({
      id: pat.personalAccessToken!.id,
      type: 'ADMIN',
      description: 'laptop',
      expiresAt: new Date(expiresAt).toISOString(),
      isExpired: false,
      isDisabled: false,
      scopes: [],
      user: { id: tenant.owner.userId, email: tenant.owner.email },
      storageToken: null,
    });
    expect(Date.parse(asUser!.createdAt)).toBeLessThanOrEqual(Date.now());

    const key = (await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'ci', scopes: ['project:read'] } }, tenant.owner.as))
      .expectData().createManagementKey!;
    const asKey = (await gateway.execute(ViewerCredentialDocument, {}, { bearer: key.token! })).expectData().viewer.credential;
    expect(asKey).toMatchObject({ id: key.key!.id, type: 'MANAGEMENT_KEY', description: 'ci', expiresAt: null, scopes: ['project:read'], user: null });

    const asClient = (await gateway.execute(ViewerCredentialDocument, {}, tenant.rootClient.as)).expectData().viewer.credential;
    expect(asClient).toMatchObject({ id: tenant.rootClient.id, type: 'ROOT_CLIENT', expiresAt: null, isDisabled: false, scopes: ROOT_CLIENT_SCOPES, user: null });

    const operator = await insertOperatorToken(database.prisma, 'platform', ['project:read', 'maintainer:read']);
    rememberSecrets(JSON.stringify(operator));
    const asOperator = (await gateway.execute(ViewerCredentialDocument, {}, { bearer: operator.operatorToken.token })).expectData().viewer;
    expect(asOperator).toMatchObject({
      kind: 'OPERATOR',
      credential: { id: operator.operatorToken.id, type: 'SUPER', description: 'platform', scopes: ['project:read', 'maintainer:read'], user: null },
    });

    // lastUsedAt is the use before this one, written after the response.
    expect(asKey?.lastUsedAt).toBeNull();
    await gateway.services.credentials.flush();
    const again = (await gateway.execute(ViewerCredentialDocument, {}, { bearer: key.token! })).expectData().viewer.credential;
    expect(again?.lastUsedAt).not.toBeNull();
  });

  test('lastUsedAt is the use before this request, even when this request’s own use is written first', async () => {
    const tenant = await createTenant(database);
    const key = (await gateway.execute(CreateManagementKeyDocument, { input: { organizationId: tenant.organizationId, name: 'race', scopes: ['project:read'] } }, tenant.owner.as)).expectData()
      .createManagementKey!;
    rememberSecrets(key.token!);
    const { credentials, prisma } = gateway.services;
    const principal = await credentials.authenticate(new Headers({ authorization: `Bearer ${key.token!}` }));
    await credentials.flush();
    const { lastUsedAt: stored } = await prisma.managementKey.findUniqueOrThrow({ where: { id: key.key!.id } });
    expect(stored).not.toBeNull();
    expect(await credentials.lastUseBefore(principal, stored)).toBeNull();
    const later = await credentials.authenticate(new Headers({ authorization: `Bearer ${key.token!}` }));
    expect(await credentials.lastUseBefore(later, stored)).toEqual(stored);
  });
});
