import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { issueToken, tokenKind } from '../src/access/tokens.js';
import { CreateManagementKeyDocument, RevokeManagementKeyDocument, ViewerDocument } from './generated/graphql.js';
import { testEnvironment } from './support/environment.js';
import type { Credentials } from './support/gateway.js';
import { tampered } from './support/secrets.js';
import { createTenant, unique, type Tenant } from './support/tenant.js';

const { database, gateway } = await testEnvironment();

async function createKey(tenant: Tenant, input: { scopes: string[]; projectIds?: string[]; expiresAt?: string }) {
  const variables = { input: { organizationId: tenant.organizationId, name: unique('key'), ...input } };
  return (await gateway.execute(CreateManagementKeyDocument, variables, tenant.owner.as)).expectData().createManagementKey!;
}

describe('token format', () => {
  test('prefix, random body and checksum; a changed character fails the checksum', () => {
    const { token, digest, lastFour } = issueToken('managementKey');
    expect(token).toMatch(/^stw_mk_[0-9A-Za-z]{38}$/);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(lastFour).toBe(token.slice(-4));
    expect(tokenKind(token)).toBe('managementKey');
    const flipped = token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);
    expect(tokenKind(flipped)).toBeNull();
    expect(tokenKind(token + 'x')).toBeNull();
    expect(issueToken('managementKey').token).not.toBe(token);
  });
});

describe('authentication', () => {
  test('no, malformed, unknown or mixed credentials get 401 (400 for two credentials) before execution', async () => {
    const tenant = await createTenant(database);
    const forged = issueToken('managementKey').token;
    const cases: [Credentials, number, string][] = [
      [null, 401, 'authentication required: send "Authorization: Bearer <token>"'],
      [{ headers: { authorization: 'Basic abc' } }, 401, 'the Authorization header must be "Bearer <token>"'],
      [{ bearer: 'stw_mk_short' }, 401, 'the token is not a Steward management key, personal access token, operator token or storage token'],
      [{ bearer: forged }, 401, 'unknown management key'],
      [{ bearer: issueToken('personalAccessToken').token }, 401, 'unknown personal access token'],
      [{ bearer: tenant.rootClient.secret }, 401, 'the token is not a Steward management key, personal access token, operator token or storage token'],
      [{ clientId: 'not-a-uuid', clientSecret: 'x' }, 401, 'openpanel-client-id must be a client id (a UUID)'],
      [{ clientId: tenant.rootClient.id, clientSecret: 'wrong' }, 401, 'unknown client or wrong secret'],
      [{ headers: { 'openpanel-client-id': tenant.rootClient.id } }, 401, 'send both openpanel-client-id and openpanel-client-secret'],
      [{ headers: { authorization: `Bearer ${tenant.owner.token}`, 'openpanel-client-id': tenant.rootClient.id, 'openpanel-client-secret': tenant.rootClient.secret } }, 400, 'the request carries two credentials; send exactly one'],
    ];
    const before = database.statements.length;
    for (const [credentials, status, message] of cases) {
      const response = await gateway.execute(ViewerDocument, {}, credentials);
      expect(response.status, message).toBe(status);
      expect(response.body.data).toBeUndefined();
      expect(response.expectError(status === 401 ? 'UNAUTHENTICATED' : 'BAD_REQUEST').message).toBe(message);
    }
    // Malformed tokens are refused without touching the database: only the lookups of well-formed ones ran.
    expect(database.statements.length - before).toBe(2);
  });

  test('no malformed credential in any header dialect gets anything but 401', async () => {
    const tenant = await createTenant(database);
    const printable = (length: number) =>
      Array.from(randomBytes(length), (byte) => String.fromCharCode(33 + (byte % 94))).join('');
    const valid = tenant.managementKey.token;
    const values = [
      ...Array.from({ length: 40 }, (_, i) => printable(1 + i * 7)),
      printable(8000),
      valid.slice(0, -1),
      valid + valid,
      valid.replace('stw_mk_', 'stw_pat_'),
      valid.replace('stw_mk_', 'stw_sa_'),
      `${valid.slice(0, 20)}${valid.slice(21)}0`,
      'stw_mk_' + 'A'.repeat(38),
      tampered(tenant.rootClient.secret),
      tenant.rootClient.id,
    ];
    for (const value of values) {
      const dialects: Record<string, string>[] = [
        { authorization: `Bearer ${value}` },
        { authorization: value },
        { 'x-kbc-manageapitoken': value },
        { 'x-management-id': value, 'x-management-token': value },
        { 'x-management-id': tenant.managementKey.id, 'x-management-token': value },
        { 'openpanel-client-id': value, 'openpanel-client-secret': value },
        { 'openpanel-client-id': tenant.rootClient.id, 'openpanel-client-secret': value },
      ];
      for (const headers of dialects) {
        const response = await gateway.execute(ViewerDocument, {}, { headers });
        expect(response.status, JSON.stringify(headers).slice(0, 200)).toBe(401);
        response.expectError('UNAUTHENTICATED');
      }
    }
    expect(gateway.internalErrors).toEqual([]);
  });

  test('revoked and expired credentials are refused, saying so', async () => {
    const tenant = await createTenant(database);
    const created = await createKey(tenant, { scopes: ['project:read'] });
    const as = { bearer: created.token! };
    expect((await gateway.execute(ViewerDocument, {}, as)).expectData().viewer.kind).toBe('MANAGEMENT_KEY');
    await gateway.execute(RevokeManagementKeyDocument, { input: { id: created.key!.id } }, tenant.owner.as);
    expect((await gateway.execute(ViewerDocument, {}, as)).expectError('UNAUTHENTICATED').message).toBe('this management key was revoked');

    const expiring = await createKey(tenant, { scopes: ['project:read'], expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await database.prisma.managementKey.update({ where: { id: expiring.key!.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const expired = await gateway.execute(ViewerDocument, {}, { bearer: expiring.token! });
    expect(expired.expectError('UNAUTHENTICATED').message).toBe('this management key has expired');
  });

  test('a credential changed in a transaction that commits later is forgotten again once it commits', async () => {
    const tenant = await createTenant(database);
    const created = await createKey(tenant, { scopes: ['project:read'] });
    const headers = new Headers({ authorization: `Bearer ${created.token!}` });
    const verifier = gateway.services.credentials;
    await verifier.authenticate(headers);
    // A REST mutation revokes the key: its change returns before its transaction commits (src/graphql/atomic.ts) …
    const { credentials, committed } = verifier.deferred();
    await credentials.change(created.key!.id, async () => undefined);
    // … meanwhile another request verifies the key against the database, which still holds it valid, and caches it …
    expect((await verifier.authenticate(headers)).kind).toBe('MANAGEMENT_KEY');
    await database.prisma.managementKey.update({ where: { id: created.key!.id }, data: { revokedAt: new Date() } });
    // … and the commit drops what it cached.
    await committed();
    await expect(verifier.authenticate(headers)).rejects.toThrow('this management key was revoked');
  });
});
