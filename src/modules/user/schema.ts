import { builder } from '../../graphql/builder.js';
import { readUser } from './service.js';

export const User = builder.prismaNode('User', {
  id: { field: 'id' },
  authScopes: (user, context) => context.access.isReachedThrough(user) || { seeUser: user.id },
  fields: (t) => ({
    databaseId: t.exposeInt('number', { description: 'A stable integer for clients that decode ids as integers (the Keboola dialect); `id` everywhere else.' }),
    name: t.exposeString('name'),
    email: t.exposeString('email', {
      nullable: true,
      description: 'Visible to the user, to OWNERs and ADMINs of its organizations, and to credentials with member:read.',
      authScopes: (user) => ({ seeEmail: user.id }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('user', (t) =>
  t.prismaField({
    type: 'User',
    description: 'A user by id, number or e-mail address, if the caller may see it; NOT_FOUND otherwise, whether it exists or not.',
    args: { id: t.arg.id() },
    resolve: (query, _root, args, context) => readUser(context, args.id, query),
  }),
);
