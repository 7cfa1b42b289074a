import { newId } from '../../../src/db/ids.js';
import { input, mutation, type MatrixRows } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

/** The component catalogue: global, read by every principal, changed only by the operator with component:write (the matrix's operator lacks it). */
export const componentRows: MatrixRows = ({ database }) => {
  let made: Promise<string> | undefined;
  const component = () =>
    (made ??= database.prisma.component
      .create({ data: { id: newId('Component'), slug: unique('matrix.component'), type: 'OTHER', name: 'c', flags: [] } })
      .then((created) => created.slug));
  const target = async (scope: 'own' | 'other' | 'missing') => (scope === 'missing' ? 'no-such-component' : component());
  const operatorOnly = (field: string, inputType: string, variables: (id: string) => Record<string, unknown>) => ({
    document: mutation(field, inputType),
    own: 'FFFFFFFFF',
    other: 'FFFFFFFFF',
    missing: 'FFFFFFFFF',
    variables: async (_side: unknown, scope: 'own' | 'other' | 'missing') => input(variables(await target(scope))),
  });

  return {
    components: { document: '{ components { edges { node { id } } } }', own: 'DDDDDDDDD' },
    component: {
      document: 'query($id: ID!) { component(id: $id) { id } }',
      own: 'DDDDDDDDD',
      other: 'DDDDDDDDD',
      variables: async (_side, scope) => ({ id: await target(scope) }),
    },
    createComponent: {
      document: mutation('createComponent', 'CreateComponentInput'),
      own: 'FFFFFFFFF',
      fixed: input({ slug: 'matrix.new', type: 'OTHER', name: 'n' }),
    },
    updateComponent: operatorOnly('updateComponent', 'UpdateComponentInput', (id) => ({ id, name: 'renamed' })),
    releaseComponentVersion: operatorOnly('releaseComponentVersion', 'ReleaseComponentVersionInput', (componentId) => ({ componentId, version: '1.0.0' })),
  };
};
