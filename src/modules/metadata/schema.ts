import type { Metadata as MetadataRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Configuration, configurationNaming } from '../configuration/schema.js';
import { Maintainer } from '../maintainer/schema.js';
import { Organization } from '../organization/schema.js';
import { Project } from '../project/schema.js';
import { User } from '../user/schema.js';
import { canReadMetadata, canReadUserMetadata, deleteConfigurationMetadata, deleteMetadata, setConfigurationMetadata, setMetadata } from './service.js';

export const MetadataProviderEnum = builder.enumType('MetadataProvider', {
  values: ['USER', 'SYSTEM'] as const,
  description: 'Who wrote an entry: USER entries, whoever may change the object; SYSTEM entries, only the platform operator.',
});

/** A key/value entry on a maintainer, an organization, a project or a user; one per provider and key. */
export const Metadata = builder.prismaNode('Metadata', {
  id: { field: 'id' },
  authScopes: (entry, context) => canReadMetadata(context, entry),
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
    provider: t.expose('provider', { type: MetadataProviderEnum }),
    key: t.exposeString('key'),
    value: t.exposeString('value'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const oldestFirst = { query: () => ({ orderBy: { number: 'asc' as const } }) };

builder.prismaObjectField(Maintainer, 'metadata', (t) => t.relation('metadata', oldestFirst));
builder.prismaObjectField(Organization, 'metadata', (t) => t.relation('metadata', oldestFirst));
builder.prismaObjectField(Project, 'metadata', (t) => t.relation('metadata', oldestFirst));
builder.prismaObjectField(Configuration, 'metadata', (t) => t.relation('metadata', oldestFirst));
builder.prismaObjectField(User, 'metadata', (t) =>
  t.relation('metadata', {
    ...oldestFirst,
    nullable: true,
    description: "The user's own: visible to the user and the operator with member:read (null with FORBIDDEN for anyone else).",
    authScopes: (user, _args, context) => canReadUserMetadata(context, user.id),
  }),
);

export const MetadataEntryInput = builder.inputType('MetadataEntryInput', {
  fields: (t) => ({ key: t.string(), value: t.string() }),
});

defineMutation('setMetadata', {
  description:
    'Sets entries on exactly one object, each replacing the entry of the same provider and key; answers all its entries. USER entries: whoever may change the object (a maintainer: its members or the operator; an organization: organization:write or its maintainer\'s members; a project: project:write; a user: the user or the operator). SYSTEM entries: only the operator.',
  input: (t) => ({
    maintainerId: t.id({ required: false }),
    organizationId: t.id({ required: false }),
    projectId: t.id({ required: false }),
    userId: t.id({ required: false }),
    provider: t.field({ type: MetadataProviderEnum }),
    entries: t.field({ type: [MetadataEntryInput] }),
  }),
  payload: (t: PayloadFieldBuilder<{ metadata: MetadataRow[] }>) => ({
    metadata: t.field({ type: [Metadata], nullable: true, resolve: (payload) => payload.metadata ?? null }),
  }),
  resolve: (input, context) => setMetadata(context, input),
});

const ownerDescription = (owner: string) =>
  `The ${owner} the entry must belong to, as a Keboola path names it: an entry of another object is NOT_FOUND. At most one owner.`;

defineMutation('deleteMetadata', {
  description: 'Deletes one entry (by id or number): whoever may set it.',
  input: (t) => ({
    id: t.id(),
    maintainerId: t.id({ required: false, description: ownerDescription('maintainer (id or number)') }),
    organizationId: t.id({ required: false, description: ownerDescription('organization (id or number)') }),
    projectId: t.id({ required: false, description: ownerDescription('project (id, slug or number)') }),
    userId: t.id({ required: false, description: ownerDescription('user (id, number or e-mail address)') }),
  }),
  payload: removedId('deletedMetadataId'),
  resolve: (input, context) => deleteMetadata(context, input),
});

defineMutation('setConfigurationMetadata', {
  description: "Sets USER entries on a configuration, each replacing the entry of the same key; answers all its entries. Whoever writes the configuration (configuration:write).",
  input: (t) => ({ ...configurationNaming(t), entries: t.field({ type: [MetadataEntryInput] }) }),
  payload: (t: PayloadFieldBuilder<{ metadata: MetadataRow[] }>) => ({
    metadata: t.field({ type: [Metadata], nullable: true, resolve: (payload) => payload.metadata ?? null }),
  }),
  resolve: (input, context) => setConfigurationMetadata(context, input),
});

defineMutation('deleteConfigurationMetadata', {
  description: 'Deletes one entry (by id or number) of a configuration: whoever writes the configuration.',
  input: (t) => ({ ...configurationNaming(t), id: t.id() }),
  payload: removedId('deletedMetadataId'),
  resolve: (input, context) => deleteConfigurationMetadata(context, input),
});
