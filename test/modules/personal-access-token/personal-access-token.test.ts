import { describe, expect, test } from 'vitest';
import {
  CreatePersonalAccessTokenDocument,
  MyTokensDocument,
  NodeDocument,
  RevokePersonalAccessTokenDocument,
  ViewerDocument,
} from '../../generated/graphql.js';
import { testEnvironment } from '../../support/environment.js';
import { createTenant } from '../../support/tenant.js';

const { database, gateway } = await testEnvironment();

describe('personal access tokens', () => {
  test('a user creates, lists and revokes its own tokens; nobody else sees them', async () => {
    const tenant = await createTenant(database);
    const colleague = await tenant.addUser('ADMIN');
    const created = (await gateway.execute(CreatePersonalAccessTokenDocument, { input: { name: 'laptop' } }, tenant.owner.as))
      .expectData().createPersonalAccessToken!;
    expect(created.token).toMatch(/^stw_pat_/);
    expect((await gateway.execute(ViewerDocument, {}, { bearer: created.token! })).expectData().viewer.user?.id).toBe(tenant.owner.userId);

    const mine = (await gateway.execute(MyTokensDocument, {}, tenant.owner.as)).expectData();
    expect(mine.viewer.user?.personalAccessTokens?.edges.map((edge) => edge.node.name)).toEqual(['bootstrap', 'laptop']);

    const stolen = (await gateway.execute(RevokePersonalAccessTokenDocument, { input: { id: created.personalAccessToken!.id } }, colleague.as))
      .expectData().revokePersonalAccessToken!;
    expect(stolen.userErrors[0]?.code).toBe('NOT_FOUND');
    (await gateway.execute(NodeDocument, { id: created.personalAccessToken!.id }, colleague.as)).expectError('NOT_FOUND');

    const revoked = (await gateway.execute(RevokePersonalAccessTokenDocument, { input: { id: created.personalAccessToken!.id } }, tenant.owner.as))
      .expectData().revokePersonalAccessToken!;
    expect(revoked.personalAccessToken?.revokedAt).not.toBeNull();
    expect((await gateway.execute(ViewerDocument, {}, { bearer: created.token! })).expectError('UNAUTHENTICATED').message)
      .toBe('this personal access token was revoked');
  });

  test('keys cannot create personal access tokens', async () => {
    const tenant = await createTenant(database);
    const payload = (await gateway.execute(CreatePersonalAccessTokenDocument, { input: { name: 'x' } }, tenant.managementKey.as))
      .expectData().createPersonalAccessToken!;
    expect(payload).toMatchObject({ token: null, userErrors: [{ code: 'INVALID' }] });
  });
});
