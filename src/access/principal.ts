import type { PrismaClient } from '../generated/prisma/client.js';
import { isIdOf } from '../db/ids.js';
import { AuthenticationError, type ClientRefusal } from '../errors.js';
import { digestToken, digestsEqual, TOKEN_PREFIXES, tokenKind } from './tokens.js';

/** An organization's own request and cost budgets per rate-limit window; null keeps the server's default. */
export interface OrganizationBudgets {
  requests: number | null;
  cost: number | null;
}

export type Principal =
  | { kind: 'USER'; credentialId: string; userId: string; expiresAt: Date | null }
  /** A signed-in admin console: the user of the personal access token it was exchanged for, with that user's rights. */
  | { kind: 'CONSOLE_SESSION'; credentialId: string; userId: string; expiresAt: Date | null }
  | {
      kind: 'MANAGEMENT_KEY';
      credentialId: string;
      organizationId: string;
      scopes: string[];
      /** Empty: every project of the organization. */
      projectIds: string[];
      expiresAt: Date | null;
      budgets: OrganizationBudgets;
    }
  | { kind: 'CLIENT'; credentialId: string; organizationId: string; scopes: string[]; budgets: OrganizationBudgets }
  | { kind: 'OPERATOR'; credentialId: string; scopes: string[]; expiresAt: Date | null }
  | {
      /** A project's storage token (Keboola's Storage API token): in the management graph it reads its project and organization. */
      kind: 'STORAGE_TOKEN';
      credentialId: string;
      organizationId: string;
      projectId: string;
      /** What the token may do inside its project's storage; these are not management permissions. */
      storage: StorageRights;
      expiresAt: Date | null;
      budgets: OrganizationBudgets;
    };

/** A principal that acts as a user, with exactly the user's own rights: a personal access token or a console session. */
export type UserPrincipal = Extract<Principal, { userId: string }>;

export function isUser(principal: Principal): principal is UserPrincipal {
  return principal.kind === 'USER' || principal.kind === 'CONSOLE_SESSION';
}

export type BucketPermission = 'read' | 'write' | 'manage';

/** A storage token's rights in its project (Keboola's flags); a storage token is never a master token. */
export interface StorageRights {
  canManageBuckets: boolean;
  canReadAllFileUploads: boolean;
  canPurgeTrash: boolean;
  canManageTokens: boolean;
  canReadAllProjectEvents: boolean;
  /** Bucket id → read | write | manage. */
  bucketPermissions: Record<string, BucketPermission>;
  /** Component ids the token may use; empty: none. */
  componentAccess: string[];
}

/** What a root client may do: the OpenPanel Manage API's reach, within its own organization. */
export const ROOT_CLIENT_SCOPES = ['organization:read', 'member:read', 'project:write', 'client:write', 'reference:write', 'dashboard:read'];

type Headers = { get(name: string): string | null };

/** The one credential a request carries, as read from whichever header dialect it used, or the console's cookie. */
export type Credential =
  | { dialect: 'token'; token: string }
  | { dialect: 'key-pair'; keyId: string; token: string }
  | { dialect: 'client'; clientId: string; secret: string }
  /** The console's session cookie: only /graphql and /console/session read it, never from a header. */
  | { dialect: 'session'; token: string };

/** Every header that carries a credential in some dialect. */
export const CREDENTIAL_HEADERS = [
  'authorization',
  'x-kbc-manageapitoken',
  'x-storageapi-token',
  'x-management-id',
  'x-management-token',
  'openpanel-client-id',
  'openpanel-client-secret',
] as const;

export function carriesCredentialHeader(headers: Headers): boolean {
  return CREDENTIAL_HEADERS.some((name) => headers.get(name) !== null);
}

/** Reads the request's credential; refuses none, several, or half of a pair. */
export function readCredential(headers: Headers): Credential {
  const found: Credential[] = [];
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AuthenticationError('the Authorization header must be "Bearer <token>"');
    found.push({ dialect: 'token', token: match[1]! });
  }
  const keboola = headers.get('x-kbc-manageapitoken');
  if (keboola !== null) {
    // Keboola keeps Manage and Storage tokens apart, and so does each header; decided here, before any cache.
    if (keboola.trim().startsWith(TOKEN_PREFIXES.storageToken)) {
      throw new AuthenticationError('a storage token is not a Manage API token: send it in X-StorageApi-Token');
    }
    found.push({ dialect: 'token', token: keboola.trim() });
  }
  const storage = headers.get('x-storageapi-token');
  if (storage !== null) {
    if (tokenKind(storage.trim()) !== 'storageToken') throw new AuthenticationError('X-StorageApi-Token is not a Steward storage token');
    found.push({ dialect: 'token', token: storage.trim() });
  }
  const pair = (idHeader: string, secretHeader: string, make: (id: string, secret: string) => Credential) => {
    const id = headers.get(idHeader);
    const secret = headers.get(secretHeader);
    if (id === null && secret === null) return;
    if (id === null || secret === null) throw new AuthenticationError(`send both ${idHeader} and ${secretHeader}`);
    found.push(make(id.trim(), secret.trim()));
  };
  pair('x-management-id', 'x-management-token', (keyId, token) => ({ dialect: 'key-pair', keyId, token }));
  pair('openpanel-client-id', 'openpanel-client-secret', (clientId, secret) => ({ dialect: 'client', clientId, secret }));
  if (found.length > 1) throw new AuthenticationError('the request carries two credentials; send exactly one', 400);
  if (found.length === 0) throw new AuthenticationError('authentication required: send "Authorization: Bearer <token>"');
  return found[0]!;
}

export interface Verified {
  principal: Principal;
  /** The credential stops working at this time (expiry, or the end of a rotation's grace period). */
  validUntil: Date | null;
}

interface Lifetime {
  revokedAt?: Date | null;
  expiresAt?: Date | null;
}

function checkLifetime(what: string, record: Lifetime) {
  if (record.revokedAt) throw new AuthenticationError(`this ${what} was revoked`);
  if (record.expiresAt && record.expiresAt <= new Date()) throw new AuthenticationError(`this ${what} has expired`);
}

function earliest(...dates: (Date | null | undefined)[]): Date | null {
  const times = dates.filter((date): date is Date => date instanceof Date).map((date) => date.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}

/** A digest matched the current secret, or the previous one inside its grace period. */
function matchedSecret(digest: string, current: string, previous: string | null, previousExpiresAt: Date | null) {
  if (digestsEqual(current, digest)) return { matched: true, graceUntil: null };
  const inGrace = previous !== null && previousExpiresAt !== null && previousExpiresAt > new Date();
  return inGrace && digestsEqual(previous, digest) ? { matched: true, graceUntil: previousExpiresAt } : { matched: false, graceUntil: null };
}

const KEY_SELECT = {
  id: true,
  organizationId: true,
  scopes: true,
  expiresAt: true,
  revokedAt: true,
  tokenDigest: true,
  previousTokenDigest: true,
  previousTokenExpiresAt: true,
} as const;

async function organizationBudgets(prisma: PrismaClient, organizationId: string): Promise<OrganizationBudgets> {
  const organization = await prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { requestLimit: true, costLimit: true } });
  return { requests: organization.requestLimit, cost: organization.costLimit };
}

async function verifyManagementKey(prisma: PrismaClient, token: string, keyId?: string): Promise<Verified> {
  const digest = digestToken(token);
  // A key pair names its key; an empty id (a dialect sends a missing header as empty) names none.
  const key = keyId !== undefined
    ? isIdOf('ManagementKey', keyId)
      ? await prisma.managementKey.findUnique({ where: { id: keyId }, select: KEY_SELECT })
      : null
    : await prisma.managementKey.findFirst({
        where: { OR: [{ tokenDigest: digest }, { previousTokenDigest: digest }] },
        select: KEY_SELECT,
      });
  const match = key && matchedSecret(digest, key.tokenDigest, key.previousTokenDigest, key.previousTokenExpiresAt);
  if (!key || !match?.matched) throw new AuthenticationError('unknown management key');
  checkLifetime('management key', key);
  // Read only for a key that matched: an unknown token costs one statement.
  const [projects, budgets] = await Promise.all([
    prisma.project.findMany({ where: { managementKeys: { some: { id: key.id } } }, select: { id: true } }),
    organizationBudgets(prisma, key.organizationId),
  ]);
  return {
    principal: {
      kind: 'MANAGEMENT_KEY',
      credentialId: key.id,
      organizationId: key.organizationId,
      scopes: key.scopes,
      projectIds: projects.map((project) => project.id),
      expiresAt: key.expiresAt,
      budgets,
    },
    validUntil: earliest(key.expiresAt, match.graceUntil),
  };
}

async function verifyPersonalAccessToken(prisma: PrismaClient, token: string): Promise<Verified> {
  const pat = await prisma.personalAccessToken.findUnique({
    where: { tokenDigest: digestToken(token) },
    select: { id: true, userId: true, expiresAt: true, revokedAt: true },
  });
  if (!pat) throw new AuthenticationError('unknown personal access token');
  checkLifetime('personal access token', pat);
  return { principal: { kind: 'USER', credentialId: pat.id, userId: pat.userId, expiresAt: pat.expiresAt }, validUntil: pat.expiresAt };
}

async function verifyConsoleSession(prisma: PrismaClient, token: string): Promise<Verified> {
  const session = await prisma.consoleSession.findUnique({
    where: { tokenDigest: digestToken(token) },
    select: { id: true, userId: true, expiresAt: true, revokedAt: true, personalAccessToken: { select: { expiresAt: true, revokedAt: true } } },
  });
  if (!session) throw new AuthenticationError('unknown console session: sign in again');
  checkLifetime('console session', session);
  // A session ends with the personal access token it was exchanged for.
  checkLifetime("console session's personal access token", session.personalAccessToken);
  const validUntil = earliest(session.expiresAt, session.personalAccessToken.expiresAt);
  return { principal: { kind: 'CONSOLE_SESSION', credentialId: session.id, userId: session.userId, expiresAt: validUntil }, validUntil };
}

async function verifyOperatorToken(prisma: PrismaClient, token: string): Promise<Verified> {
  const operator = await prisma.operatorToken.findUnique({
    where: { tokenDigest: digestToken(token) },
    select: { id: true, scopes: true, expiresAt: true, revokedAt: true },
  });
  if (!operator) throw new AuthenticationError('unknown operator token');
  checkLifetime('operator token', operator);
  return {
    principal: { kind: 'OPERATOR', credentialId: operator.id, scopes: operator.scopes, expiresAt: operator.expiresAt },
    validUntil: operator.expiresAt,
  };
}

async function verifyClient(prisma: PrismaClient, clientId: string, secret: string): Promise<Verified> {
  const refuse = (message: string, why: ClientRefusal) => new AuthenticationError(message, 401, why);
  if (!isIdOf('Client', clientId)) throw refuse('openpanel-client-id must be a client id (a UUID)', 'malformed-client-id');
  if (tokenKind(secret) !== 'clientSecret') throw refuse('unknown client or wrong secret', 'wrong-secret');
  const client = await prisma.client.findUnique({
    where: { id: clientId },
    select: { id: true, organizationId: true, type: true, secretDigest: true, previousSecretDigest: true, previousSecretExpiresAt: true },
  });
  const match = client && matchedSecret(digestToken(secret), client.secretDigest, client.previousSecretDigest, client.previousSecretExpiresAt);
  if (!client) throw refuse('unknown client or wrong secret', 'unknown-client');
  // OpenPanel checks the type before the secret, and its clients are told so (compat/openpanel.md).
  if (client.type !== 'ROOT') throw refuse('only root clients may use the management API', 'not-root');
  if (!match?.matched) throw refuse('unknown client or wrong secret', 'wrong-secret');
  return {
    principal: {
      kind: 'CLIENT',
      credentialId: client.id,
      organizationId: client.organizationId,
      scopes: ROOT_CLIENT_SCOPES,
      budgets: await organizationBudgets(prisma, client.organizationId),
    },
    validUntil: match.graceUntil,
  };
}

const STORAGE_TOKEN_SELECT = {
  id: true,
  organizationId: true,
  projectId: true,
  expiresAt: true,
  revokedAt: true,
  canManageBuckets: true,
  canReadAllFileUploads: true,
  canPurgeTrash: true,
  canManageTokens: true,
  canReadAllProjectEvents: true,
  bucketPermissions: true,
  componentAccess: true,
} as const;

async function verifyStorageToken(prisma: PrismaClient, token: string): Promise<Verified> {
  const found = await prisma.storageToken.findUnique({ where: { tokenDigest: digestToken(token) }, select: STORAGE_TOKEN_SELECT });
  if (!found) throw new AuthenticationError('unknown storage token');
  checkLifetime('storage token', found);
  const { organizationId, expiresAt } = found;
  return {
    principal: {
      kind: 'STORAGE_TOKEN',
      credentialId: found.id,
      organizationId,
      projectId: found.projectId,
      storage: {
        canManageBuckets: found.canManageBuckets,
        canReadAllFileUploads: found.canReadAllFileUploads,
        canPurgeTrash: found.canPurgeTrash,
        canManageTokens: found.canManageTokens,
        canReadAllProjectEvents: found.canReadAllProjectEvents,
        bucketPermissions: found.bucketPermissions as StorageRights['bucketPermissions'],
        componentAccess: found.componentAccess,
      },
      expiresAt,
      budgets: await organizationBudgets(prisma, organizationId),
    },
    validUntil: expiresAt,
  };
}

/** Checks a credential against the database; malformed tokens are refused before any read. */
export function verifyCredential(prisma: PrismaClient, credential: Credential): Promise<Verified> {
  if (credential.dialect === 'client') return verifyClient(prisma, credential.clientId, credential.secret);
  const kind = tokenKind(credential.token);
  if (credential.dialect === 'session') {
    if (kind !== 'consoleSession') throw new AuthenticationError('the console session cookie is not a Steward console session: sign in again');
    return verifyConsoleSession(prisma, credential.token);
  }
  // A session cookie stolen into a script's header is refused: the console's cookie comes with a CSRF check.
  if (kind === 'consoleSession') throw new AuthenticationError("a console session is accepted only as the console's cookie");
  if (credential.dialect === 'key-pair') {
    if (kind !== 'managementKey') throw new AuthenticationError('X-Management-Token is not a Steward management key');
    return verifyManagementKey(prisma, credential.token, credential.keyId);
  }
  if (kind === 'managementKey') return verifyManagementKey(prisma, credential.token);
  if (kind === 'personalAccessToken') return verifyPersonalAccessToken(prisma, credential.token);
  if (kind === 'operatorToken') return verifyOperatorToken(prisma, credential.token);
  if (kind === 'storageToken') return verifyStorageToken(prisma, credential.token);
  throw new AuthenticationError('the token is not a Steward management key, personal access token, operator token or storage token');
}
