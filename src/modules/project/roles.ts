import { z } from 'zod';
import { builder } from '../../graphql/builder.js';

export const ProjectRoleEnum = builder.enumType('ProjectRole', { values: ['ADMIN', 'EDITOR', 'VIEWER'] as const });

export const projectRoleField = z.enum(['ADMIN', 'EDITOR', 'VIEWER']);

/** A dialect's name for a role narrower than Steward's (Voucherify's MERCHANT); a role change without one clears it. */
export const roleNameField = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,49}$/, 'roleName must be an upper-case name such as MERCHANT')
  .nullish()
  .transform((name) => name ?? null);
