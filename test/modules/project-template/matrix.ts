import type { MatrixRows } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

/** Templates are global: the "other" side is a hidden template, which only the operator sees. */
export const projectTemplateRows: MatrixRows = ({ database }) => {
  let hidden: Promise<string> | undefined;
  const hiddenTemplate = () => (hidden ??= database.prisma.projectTemplate.create({ data: { id: unique('hidden'), name: 'Hidden', hidden: true } }).then((t) => t.id));
  return {
    projectTemplates: { document: '{ projectTemplates { id } }', own: 'DDDDDDDDD' },
    projectTemplate: {
      document: 'query($id: ID!) { projectTemplate(id: $id) { id } }',
      own: 'DDDDDDDDD',
      variables: async (_side, scope) => ({ id: scope === 'own' ? 'production' : scope === 'other' ? await hiddenTemplate() : 'no-such-template' }),
    },
  };
};
