import { input, mutation, type MatrixRows } from '../../support/matrix.js';

/** Only the operator with platform:write, which the matrix's operator lacks: FORBIDDEN everywhere, before any lookup. */
export const projectPlatformRows: MatrixRows = () => {
  const operatorOnly = { own: 'FFFFFFFFF', other: 'FFFFFFFFF', missing: 'FFFFFFFFF' };
  return {
    setProjectDisabled: {
      document: mutation('setProjectDisabled', 'SetProjectDisabledInput'),
      ...operatorOnly,
      variables: (s) => input({ id: s.projectId, disabled: true, reason: 'matrix' }),
    },
    setProjectLimits: {
      document: mutation('setProjectLimits', 'SetProjectLimitsInput'),
      ...operatorOnly,
      variables: (s) => input({ projectId: s.projectId, limits: [{ name: 'kbc.adminsCount', value: 1 }] }),
    },
    removeProjectLimit: {
      document: mutation('removeProjectLimit', 'RemoveProjectLimitInput'),
      ...operatorOnly,
      variables: (s) => input({ projectId: s.projectId, name: 'kbc.adminsCount' }),
    },
  };
};
