import { builder } from '../../graphql/builder.js';
import { Project } from '../project/schema.js';
import { readTemplate, templateVisibility } from './service.js';

/**
 * A kind of project (Keboola's project `type`): new projects copy its features, backend and expiry.
 * Not a Relay node: its id is a readable name such as `production`. The root fields list and find
 * only the templates the caller may see; a project made from a hidden one still shows it.
 */
export const ProjectTemplate = builder.prismaObject('ProjectTemplate', {
  fields: (t) => ({
    id: t.exposeString('id', { description: 'A readable id such as `production` or `poc15Days`.' }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    expirationDays: t.exposeInt('expirationDays', { nullable: true, description: 'Projects made from it expire this many days after creation; null: never.' }),
    billedMonthlyPrice: t.exposeInt('billedMonthlyPrice', { nullable: true }),
    hasTryModeOn: t.exposeBoolean('hasTryModeOn'),
    defaultBackend: t.exposeString('defaultBackend', { description: 'The backend of projects made from it, unless createProject names another.' }),
    hidden: t.exposeBoolean('hidden', { description: 'Listed only to the platform operator.' }),
    features: t.stringList({
      description: 'The names of the PROJECT features copied to every project made from it.',
      select: { features: { select: { feature: { select: { name: true } } }, orderBy: { feature: { name: 'asc' } } } },
      resolve: (template) => template.features.map(({ feature }) => feature.name),
    }),
  }),
});

builder.queryFields((t) => ({
  projectTemplates: t.prismaField({
    type: ['ProjectTemplate'],
    description: 'The project templates: all of them for the platform operator, the public ones for everyone else.',
    resolve: (query, _root, _args, context) =>
      context.prisma.projectTemplate.findMany({ ...query, where: templateVisibility(context), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
  projectTemplate: t.prismaField({
    type: 'ProjectTemplate',
    nullable: true,
    description: 'A project template by its id; NOT_FOUND for a hidden or unknown one.',
    args: { id: t.arg.id() },
    resolve: (query, _root, { id }, context) => readTemplate(context, id, query),
  }),
}));

builder.prismaObjectField(Project, 'template', (t) =>
  t.relation('template', { description: 'The template the project was made from (Keboola\'s project `type`).' }),
);
