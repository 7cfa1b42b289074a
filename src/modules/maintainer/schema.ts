import { builder } from '../../graphql/builder.js';

/** A group of organizations with members of its own (Keboola's maintainer). */
export const Maintainer = builder.prismaNode('Maintainer', {
  id: { field: 'id' },
  authScopes: (maintainer, context) => context.access.isReachedThrough(maintainer) || { maintainer: maintainer.id },
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
    name: t.exposeString('name'),
    zendeskUrl: t.exposeString('zendeskUrl', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
