import type { Principal } from '../../access/principal.js';
import type { Context } from '../../context.js';

export function viewerUser({ prisma }: Context, principal: Principal) {
  return principal.kind === 'USER' ? prisma.user.findUnique({ where: { id: principal.userId } }) : null;
}

/** The organization a key or client belongs to; users and the operator may reach several. */
export function viewerOrganization({ prisma }: Context, principal: Principal) {
  return principal.kind === 'MANAGEMENT_KEY' || principal.kind === 'CLIENT'
    ? prisma.organization.findUnique({ where: { id: principal.organizationId } })
    : null;
}

/** When the credential was last used before this request, to within the interval at which uses are written. */
export async function lastUse({ prisma }: Context, { kind, credentialId: id }: Principal): Promise<Date | null> {
  const select = { lastUsedAt: true } as const;
  const row =
    kind === 'USER'
      ? await prisma.personalAccessToken.findUnique({ where: { id }, select })
      : kind === 'MANAGEMENT_KEY'
        ? await prisma.managementKey.findUnique({ where: { id }, select })
        : kind === 'CLIENT'
          ? await prisma.client.findUnique({ where: { id }, select })
          : await prisma.operatorToken.findUnique({ where: { id }, select });
  return row?.lastUsedAt ?? null;
}
