import type { PrismaClient } from '../generated/prisma/client.js';
import { isIdOf } from '../domain/ids.js';
import { digestToken, digestsEqual, tokenKind } from './tokens.js';

export type Principal =
  | { kind: 'USER'; credentialId: string; userId: string; expiresAt: Date | null }
  | {
      kind: 'MANAGEMENT_KEY';
      credentialId: string;
      organizationId: string;
      scopes: string[];
      /** Empty: every project of the organization. */
      projectIds: string[];
      expiresAt: Date | null;
    }
  | { kind: 'CLIENT'; credentialId: string; organizationId: string; scopes: string[] };

/** What a root client may do: the OpenPanel Manage API's reach, within its own organization. */
export const ROOT_CLIENT_SCOPES = ['organization:read', 'member:read', 'project:write', 'client:write', 'reference:write'];

export class AuthenticationError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 = 401,
  ) {
    super(message);
  }
}

type Headers = { get(name: string): string | null };

function bearerToken(headers: Headers): string | null {
  const authorization = headers.get('authorization');
  if (authorization === null) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new AuthenticationError('the Authorization header must be "Bearer <token>"');
  return match[1]!;
}

function checkLifetime(what: string, record: { revokedAt: Date | null; expiresAt: Date | null }) {
  if (record.revokedAt) throw new AuthenticationError(`this ${what} was revoked`);
  if (record.expiresAt && record.expiresAt <= new Date()) throw new AuthenticationError(`this ${what} has expired`);
}

async function principalForToken(prisma: PrismaClient, token: string): Promise<Principal> {
  const kind = tokenKind(token);
  if (kind === 'managementKey') {
    const key = await prisma.managementKey.findUnique({
      where: { tokenDigest: digestToken(token) },
      select: { id: true, organizationId: true, scopes: true, expiresAt: true, revokedAt: true, projects: { select: { id: true } } },
    });
    if (!key) throw new AuthenticationError('unknown management key');
    checkLifetime('management key', key);
    return {
      kind: 'MANAGEMENT_KEY',
      credentialId: key.id,
      organizationId: key.organizationId,
      scopes: key.scopes,
      projectIds: key.projects.map((project) => project.id),
      expiresAt: key.expiresAt,
    };
  }
  if (kind === 'personalAccessToken') {
    const pat = await prisma.personalAccessToken.findUnique({
      where: { tokenDigest: digestToken(token) },
      select: { id: true, userId: true, expiresAt: true, revokedAt: true },
    });
    if (!pat) throw new AuthenticationError('unknown personal access token');
    checkLifetime('personal access token', pat);
    return { kind: 'USER', credentialId: pat.id, userId: pat.userId, expiresAt: pat.expiresAt };
  }
  throw new AuthenticationError('the bearer token is not a Steward management key or personal access token');
}

async function principalForClient(prisma: PrismaClient, clientId: string, secret: string): Promise<Principal> {
  if (!isIdOf('Client', clientId)) throw new AuthenticationError('openpanel-client-id must be a client id (a UUID)');
  if (tokenKind(secret) !== 'clientSecret') throw new AuthenticationError('unknown client or wrong secret');
  const client = await prisma.client.findUnique({
    where: { id: clientId },
    select: { id: true, organizationId: true, type: true, secretDigest: true },
  });
  if (!client || !digestsEqual(client.secretDigest, digestToken(secret))) {
    throw new AuthenticationError('unknown client or wrong secret');
  }
  if (client.type !== 'ROOT') throw new AuthenticationError('only root clients may use the management API');
  return { kind: 'CLIENT', credentialId: client.id, organizationId: client.organizationId, scopes: ROOT_CLIENT_SCOPES };
}

/** Resolves the request's one credential to a principal; throws AuthenticationError for anything else. */
export async function authenticate(prisma: PrismaClient, headers: Headers): Promise<Principal> {
  const token = bearerToken(headers);
  const clientId = headers.get('openpanel-client-id');
  const clientSecret = headers.get('openpanel-client-secret');
  const usesClient = clientId !== null || clientSecret !== null;
  if (token !== null && usesClient) {
    throw new AuthenticationError('the request carries two credentials; send exactly one', 400);
  }
  if (token !== null) return principalForToken(prisma, token);
  if (usesClient) {
    if (clientId === null || clientSecret === null) {
      throw new AuthenticationError('send both openpanel-client-id and openpanel-client-secret');
    }
    return principalForClient(prisma, clientId, clientSecret);
  }
  throw new AuthenticationError('authentication required: send "Authorization: Bearer <token>"');
}
