import { isUser, ROOT_CLIENT_SCOPES, type Principal } from '../../access/principal.js';
import type { Context } from '../../context.js';
import type { StorageToken } from '../../generated/prisma/client.js';

export function viewerUser({ prisma }: Context, principal: Principal) {
  return isUser(principal) ? prisma.user.findUnique({ where: { id: principal.userId } }) : null;
}

/** The organization a key, client or storage token belongs to; users and the operator may reach several. */
export function viewerOrganization({ prisma }: Context, principal: Principal) {
  return principal.kind === 'MANAGEMENT_KEY' || principal.kind === 'CLIENT' || principal.kind === 'STORAGE_TOKEN'
    ? prisma.organization.findUnique({ where: { id: principal.organizationId } })
    : null;
}

/** When the credential was last used before this request, to within the interval at which uses are written. */
export async function lastUse(context: Context, principal: Principal): Promise<Date | null> {
  return (await viewerCredential(context, principal))?.lastUsedAt ?? null;
}

/** Keboola's token types: a personal access token is `admin`, the operator token `super`; Steward's other kinds have their own. */
export type CredentialType = 'ADMIN' | 'SUPER' | 'MANAGEMENT_KEY' | 'ROOT_CLIENT' | 'STORAGE_TOKEN' | 'CONSOLE_SESSION';

/** The credential a request was made with, as Keboola's `GET /manage/tokens/verify` shows a token. */
export interface CredentialView {
  id: string;
  /** The kind of principal the credential makes. */
  kind: Principal['kind'];
  type: CredentialType;
  description: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  scopes: string[];
  /** The user of a user-bound credential (a personal access token, a console session). */
  userId: string | null;
  /** The storage token itself, for a storage token. */
  storageToken: StorageToken | null;
}

const COMMON = { name: true, createdAt: true, lastUsedAt: true } as const;
const LIFETIME = { expiresAt: true, revokedAt: true } as const;

async function loadCredential({ prisma }: Context, principal: Principal): Promise<CredentialView | null> {
  const id = principal.credentialId;
  const view = { id, kind: principal.kind, userId: null, storageToken: null, expiresAt: null, revokedAt: null };
  switch (principal.kind) {
    case 'USER': {
      const row = await prisma.personalAccessToken.findUnique({ where: { id }, select: { ...COMMON, ...LIFETIME } });
      return row && { ...view, ...row, type: 'ADMIN', description: row.name, scopes: [], userId: principal.userId };
    }
    case 'CONSOLE_SESSION': {
      const row = await prisma.consoleSession.findUnique({ where: { id }, select: { createdAt: true, lastUsedAt: true, ...LIFETIME } });
      return row && { ...view, ...row, type: 'CONSOLE_SESSION', description: 'console session', scopes: [], userId: principal.userId };
    }
    case 'MANAGEMENT_KEY': {
      const row = await prisma.managementKey.findUnique({ where: { id }, select: { ...COMMON, ...LIFETIME, scopes: true } });
      return row && { ...view, ...row, type: 'MANAGEMENT_KEY', description: row.name };
    }
    case 'CLIENT': {
      const row = await prisma.client.findUnique({ where: { id }, select: COMMON });
      return row && { ...view, ...row, type: 'ROOT_CLIENT', description: row.name, scopes: ROOT_CLIENT_SCOPES };
    }
    case 'OPERATOR': {
      const row = await prisma.operatorToken.findUnique({ where: { id }, select: { ...COMMON, ...LIFETIME, scopes: true } });
      return row && { ...view, ...row, type: 'SUPER', description: row.name };
    }
    case 'STORAGE_TOKEN': {
      const row = await prisma.storageToken.findUnique({ where: { id } });
      if (!row) return null;
      const { description, createdAt, lastUsedAt, expiresAt, revokedAt } = row;
      return { ...view, type: 'STORAGE_TOKEN', description, createdAt, lastUsedAt, expiresAt, revokedAt, scopes: [], storageToken: row };
    }
  }
}

/** Keyed by the request's Access: a cached principal outlives its request, an Access does not. */
const views = new WeakMap<object, Promise<CredentialView | null>>();

/** The request's credential, read once per request however many fields ask. */
export function viewerCredential(context: Context, principal: Principal): Promise<CredentialView | null> {
  let view = views.get(context.access);
  if (!view) {
    view = loadCredential(context, principal).then(async (credential) =>
      credential && { ...credential, lastUsedAt: await context.credentials.lastUseBefore(principal, credential.lastUsedAt) },
    );
    views.set(context.access, view);
  }
  return view;
}
