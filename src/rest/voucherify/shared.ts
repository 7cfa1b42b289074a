import { z } from 'zod';
import type { Principal } from '../../access/principal.js';
import { voucherifyError } from './dialect-errors.js';

/** Management keys belong to one organization; the project is chosen by the path (compat §7). */
export function organizationOf(principal: Principal): string {
  if (principal.kind !== 'MANAGEMENT_KEY') throw new Error('the Voucherify dialect admits only management keys');
  return principal.organizationId;
}

export { returned } from '../route.js';

/** Voucherify's list wrapper (compat §6). */
export function list<T>(data: T[]) {
  return { object: 'list', data_ref: 'data', data, total: data.length };
}

export const listResponse = <T extends z.ZodType>(item: T) =>
  z.object({ object: z.literal('list'), data_ref: z.literal('data'), data: z.array(item), total: z.number().int() });

// Roles (compat §3.2): Voucherify's ADMIN, USER and VIEWER are Steward's ADMIN, EDITOR and VIEWER; MERCHANT
// and USER_RESTRICTED grant what VIEWER grants and keep their name; custom `role_…` roles do not exist here.

type StewardRole = 'ADMIN' | 'EDITOR' | 'VIEWER';
const ROLES: Record<string, { role: StewardRole; roleName: string | null }> = {
  ADMIN: { role: 'ADMIN', roleName: null },
  USER: { role: 'EDITOR', roleName: null },
  VIEWER: { role: 'VIEWER', roleName: null },
  MERCHANT: { role: 'VIEWER', roleName: 'MERCHANT' },
  USER_RESTRICTED: { role: 'VIEWER', roleName: 'USER_RESTRICTED' },
};
const NAME_OF_ROLE: Record<StewardRole, string> = { ADMIN: 'ADMIN', EDITOR: 'USER', VIEWER: 'VIEWER' };

/** Steward's role for Voucherify's; 400 `used_incorrect_role` for any other. */
export function stewardRole(role: string): { role: StewardRole; roleName: string | null } {
  const known = ROLES[role];
  if (!known) throw voucherifyError(400, 'used_incorrect_role', `The role '${role}' is incorrect`);
  return known;
}

export function voucherifyRole(member: { role: StewardRole; roleName: string | null }): string {
  return member.roleName ?? NAME_OF_ROLE[member.role];
}

export const role = z.string().min(1);
