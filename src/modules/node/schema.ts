import { builder } from '../../graphql/builder.js';
import { findNode } from './service.js';

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any object by its id. Ids name their type, so a malformed id is refused without a lookup.',
    args: { id: t.arg.id() },
    resolve: (_root, args, context) => findNode(context, args.id),
  }),
);
