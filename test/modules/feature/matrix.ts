import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

/** The feature catalogue and its assignments. Features are global: "other" rows use one the principal may not see. */
export const featureRows: MatrixRows = ({ database }) => {
  const seed = (type: 'PROJECT' | 'USER', visible: boolean) => {
    let made: Promise<string> | undefined;
    return () =>
      (made ??= database.prisma.feature
        .create({
          data: { id: newId('Feature'), name: unique('matrix'), type, title: 't', description: 'd', canBeManagedByAdmin: visible, canBeManagedViaApi: true },
        })
        .then((feature) => feature.name));
  };
  const projectFeature = seed('PROJECT', true);
  const hiddenFeature = seed('PROJECT', false);
  const userFeature = seed('USER', true);
  const featureId = async (name: string) => (await database.prisma.feature.findUniqueOrThrow({ where: { name } })).id;

  const operatorOnly = (field: string, inputType: string, variables: (scope: 'own' | 'other' | 'missing') => Promise<Record<string, unknown>>) => ({
    document: mutation(field, inputType),
    own: 'FFFFFFFFF',
    other: 'FFFFFFFFF',
    missing: 'FFFFFFFFF',
    variables: (_side: unknown, scope: 'own' | 'other' | 'missing') => variables(scope),
  });
  const target = async (scope: 'own' | 'other' | 'missing') => (scope === 'missing' ? 'no-such-feature' : scope === 'own' ? projectFeature() : hiddenFeature());

  // Whom a feature is switched on for: the operator alone (the matrix's holds project:read and member:read).
  const holders = (field: 'projects' | 'users') => ({
    document: `query($id: ID!) { feature(id: $id) { ${field} { edges { node { id } } } } }`,
    own: 'FFFFFFFFD',
    variables: async (_side: unknown, scope: 'own' | 'other' | 'missing') => ({ id: await target(scope) }),
  });

  return {
    'Feature.projects': holders('projects'),
    'Feature.users': holders('users'),
    features: { document: '{ features { edges { node { id } } } }', own: 'DDDDDDDDD' },
    feature: {
      document: 'query($id: ID!) { feature(id: $id) { id } }',
      own: 'DDDDDDDDD',
      // The other side: a feature only the operator sees.
      variables: async (_side, scope) => ({ id: await target(scope) }),
    },
    createFeature: {
      document: mutation('createFeature', 'CreateFeatureInput'),
      own: 'FFFFFFFFF',
      fixed: input({ name: 'made-by-the-matrix', type: 'PROJECT', title: 't', description: 'd' }),
    },
    updateFeature: operatorOnly('updateFeature', 'UpdateFeatureInput', async (scope) => input({ id: await target(scope), title: 'renamed' })),
    deleteFeature: operatorOnly('deleteFeature', 'DeleteFeatureInput', async (scope) => input({ id: await target(scope) })),
    enableProjectFeature: {
      document: mutation('enableProjectFeature', 'EnableProjectFeatureInput'),
      own: 'DDNFFDDNF',
      variables: async (s) => input({ projectId: s.projectId, feature: await projectFeature() }),
      reset: async (s) => database.prisma.projectFeature.deleteMany({ where: { projectId: s.projectId, featureId: await featureId(await projectFeature()) } }),
    },
    disableProjectFeature: {
      document: mutation('disableProjectFeature', 'DisableProjectFeatureInput'),
      own: 'DDNFFDDNF',
      variables: async (s) => input({ projectId: s.projectId, feature: await projectFeature() }),
      reset: async (s) =>
        database.prisma.projectFeature.createMany({ data: [{ projectId: s.projectId, featureId: await featureId(await projectFeature()) }], skipDuplicates: true }),
    },
    enableUserFeature: {
      document: mutation('enableUserFeature', 'EnableUserFeatureInput'),
      // The owner is the target: itself; colleagues and credentials of its organization FORBIDDEN.
      own: 'DFFFFFFNF',
      variables: async (s) => input({ userId: s.ownerUserId, feature: await userFeature() }),
      reset: async (s) => database.prisma.userFeature.deleteMany({ where: { userId: s.ownerUserId } }),
    },
    disableUserFeature: {
      document: mutation('disableUserFeature', 'DisableUserFeatureInput'),
      own: 'DFFFFFFNF',
      variables: async (s) => input({ userId: s.ownerUserId, feature: await userFeature() }),
      reset: async (s) =>
        database.prisma.userFeature.createMany({ data: [{ userId: s.ownerUserId, featureId: await featureId(await userFeature()) }], skipDuplicates: true }),
    },
    addTemplateFeature: {
      document: mutation('addTemplateFeature', 'AddTemplateFeatureInput'),
      own: 'FFFFFFFFF',
      fixed: input({ templateId: 'poc15Days', feature: missingId('feat') }),
    },
    removeTemplateFeature: {
      document: mutation('removeTemplateFeature', 'RemoveTemplateFeatureInput'),
      own: 'FFFFFFFFF',
      fixed: input({ templateId: 'poc15Days', feature: missingId('feat') }),
    },
  };
};
