import { z } from 'zod';
import { insertStorageToken } from '../../access/issue.js';
import type { Target } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { idOrNumber } from '../../db/ids.js';
import { parseInput, userError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { actorOf, audited } from '../audit/service.js';
import { findProjectTarget } from '../project/service.js';

/** The longest a storage token may live: ten years, as Keboola's personal access tokens do. */
export const MAX_STORAGE_TOKEN_SECONDS = 10 * 365 * 24 * 3600;
const MAX_BUCKETS = 500;
const MAX_COMPONENTS = 200;
/** Keboola's bucket ids: the stage (`in` or `out`), a dot and the bucket's name (`in.c-main`). */
const BUCKET_ID = /^(in|out)\.[A-Za-z0-9_-]{1,96}$/;
/** Keboola's component ids (`keboola.ex-db-snowflake`, `transformation`). */
const COMPONENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const bucketPermissions = z
  .record(z.string(), z.unknown(), { error: 'bucketPermissions must be an object of bucket id → read, write or manage' })
  .superRefine((value, issue) => {
    const entries = Object.entries(value);
    if (entries.length > MAX_BUCKETS) issue.addIssue({ code: 'custom', message: `at most ${MAX_BUCKETS} buckets` });
    for (const [bucket, level] of entries) {
      if (!BUCKET_ID.test(bucket)) {
        issue.addIssue({ code: 'custom', path: [bucket], message: `"${bucket.slice(0, 100)}" is not a bucket id such as in.c-main (in. or out., then letters, digits, _ or -)` });
      } else if (level !== 'read' && level !== 'write' && level !== 'manage') {
        issue.addIssue({ code: 'custom', path: [bucket], message: 'a bucket permission is read, write or manage' });
      }
    }
  })
  .transform((value) => value as Record<string, 'read' | 'write' | 'manage'>);

const newStorageToken = z
  .object({
    projectId: z.string(),
    description: z.string().trim().min(1, 'description must not be empty').max(255, 'description must be at most 255 characters'),
    canManageBuckets: z.boolean().nullish().transform((value) => value ?? false),
    canReadAllFileUploads: z.boolean().nullish().transform((value) => value ?? false),
    canPurgeTrash: z.boolean().nullish().transform((value) => value ?? false),
    canManageTokens: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false)
      // Keboola's Manage API accepts it and its Storage API then fails with a 500 ("Normal token cannot have manage tokens").
      .refine((value) => !value, 'only master tokens manage tokens, and a storage token minted here is never a master token'),
    canReadAllProjectEvents: z.boolean().nullish().transform((value) => value ?? false),
    expiresInSeconds: z
      .number()
      .int('expiresInSeconds must be a whole number of seconds')
      .min(1, 'expiresInSeconds must be positive; leave it out for a token that never expires')
      .max(MAX_STORAGE_TOKEN_SECONDS, `expiresInSeconds must be at most ${MAX_STORAGE_TOKEN_SECONDS} (ten years)`)
      .nullish(),
    bucketPermissions: bucketPermissions.nullish().transform((value) => value ?? {}),
    componentAccess: z
      .array(z.string().refine((id) => COMPONENT_ID.test(id), 'a component id is letters, digits, ".", "_" or "-", such as keboola.ex-db-snowflake'))
      .max(MAX_COMPONENTS, `at most ${MAX_COMPONENTS} components`)
      .nullish()
      .transform((ids) => [...new Set(ids ?? [])]),
  })
  .superRefine((data, issue) => {
    if (data.canManageBuckets && Object.keys(data.bucketPermissions).length > 0) {
      issue.addIssue({
        code: 'custom',
        path: ['bucketPermissions'],
        message: 'canManageBuckets already grants every bucket; give either canManageBuckets or bucketPermissions',
      });
    }
  });

/** Mints a storage token for a project; the token is returned once, and only its digest is kept. */
export async function createStorageToken(context: Context, input: unknown) {
  const data = parseInput(newStorageToken, input);
  // Whoever reads the project or its tokens learns that it exists; minting in it is then FORBIDDEN or allowed.
  const target = await findProjectTarget(context, data.projectId);
  const { access } = context;
  if (!target || !((await access.can('project:read', target)) || (await access.can('storage-token:read', target)))) {
    throw userError('NOT_FOUND', ['projectId'], 'project not found');
  }
  await access.require('storage-token:write', target);
  const creator = actorOf(context.access.principal);
  const { projectId: _given, expiresInSeconds, ...fields } = data;
  const expiresAt = expiresInSeconds ? new Date(Date.now() + expiresInSeconds * 1000) : null;
  return audited(context, async (tx, audit) => {
    const created = await insertStorageToken(tx, {
      ...fields,
      organizationId: target.organizationId,
      projectId: target.projectId,
      createdByKind: creator.kind,
      createdById: creator.id,
      expiresAt,
    });
    await audit({
      organizationId: target.organizationId,
      projectId: target.projectId,
      action: 'storage_token.create',
      target: { type: 'StorageToken', id: created.storageToken.id },
      changes: { projectId: target.projectId, ...fields, expiresAt },
    });
    return created;
  });
}

/** The storage token with this id or number, as a place to authorize in; null when none exists. */
async function findStorageToken(context: Context, id: string) {
  const key = idOrNumber('StorageToken', id);
  return key ? context.prisma.storageToken.findUnique({ where: key }) : null;
}

/** Revokes a storage token at once, on every instance; revoking again changes nothing. */
export async function revokeStorageToken(context: Context, id: string) {
  const found = await findStorageToken(context, id);
  const target: (Target & { projectId: string }) | null = found && { organizationId: found.organizationId, projectId: found.projectId };
  await context.access.authorizeOrNotFound('storage-token:write', target, 'storage token');
  const token = found!;
  if (token.revokedAt) return { storageToken: token };
  const revoked = await context.credentials.change(token.id, () =>
    audited(context, async (tx, audit) => {
      await audit({ organizationId: token.organizationId, projectId: token.projectId, action: 'storage_token.revoke', target: { type: 'StorageToken', id: token.id } });
      return tx.storageToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    }),
  );
  return { storageToken: revoked };
}

/** A project's storage tokens, oldest first; revoked ones only when asked for. */
export function storageTokensQuery(includeRevoked: boolean | null | undefined): { where: Prisma.StorageTokenWhereInput; orderBy: Prisma.StorageTokenOrderByWithRelationInput[] } {
  return { where: includeRevoked ? {} : { revokedAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] };
}
