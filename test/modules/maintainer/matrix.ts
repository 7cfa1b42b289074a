// Matrix rows of maintainers (see test/support/matrix.ts). The matrix operator holds no maintainer
// permission: it reads no maintainer (NOT_FOUND) and creates none; maintainer.test.ts covers the
// operator with maintainer:read and maintainer:write.
import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

const NONE = 'NNNNNNNNN';

export const maintainerRows: MatrixRows = ({ database }) => {
  /** A user who belongs to the side's maintainer, to be removed. */
  async function freshMaintainerMember(maintainerId: string) {
    const user = await database.prisma.user.create({ data: { id: newId('User'), email: `${unique('mm')}@example.test`, name: 'mm' } });
    await database.prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId, userId: user.id } });
    return user.id;
  }
  return {
    maintainers: { document: '{ maintainers { edges { node { id } } } }', own: 'DDDDDDDDD' },
    maintainer: {
      document: 'query($id: ID!) { maintainer(id: $id) { id } }',
      own: 'NNNNNNNDN',
      other: NONE,
      variables: (s) => ({ id: s.maintainerId }),
    },
    createMaintainer: {
      document: mutation('createMaintainer', 'CreateMaintainerInput'),
      own: 'FFFFFFFFF',
      fixed: input({ name: 'made by the matrix' }),
    },
    updateMaintainer: {
      document: mutation('updateMaintainer', 'UpdateMaintainerInput'),
      own: 'NNNNNNNDN',
      other: NONE,
      variables: (s) => input({ id: s.maintainerId, name: 'renamed' }),
    },
    deleteMaintainer: {
      document: mutation('deleteMaintainer', 'DeleteMaintainerInput'),
      own: 'NNNNNNNFN',
      other: NONE,
      variables: (s) => input({ id: s.maintainerId }),
    },
    addMaintainerMember: {
      document: mutation('addMaintainerMember', 'AddMaintainerMemberInput'),
      own: 'NNNNNNNDN',
      other: NONE,
      variables: (s) => input({ maintainerId: s.maintainerId, email: `${unique('mm')}@example.test` }),
    },
    removeMaintainerMember: {
      document: mutation('removeMaintainerMember', 'RemoveMaintainerMemberInput'),
      own: 'NNNNNNNDN',
      other: NONE,
      variables: async (s, scope) =>
        input({ maintainerId: s.maintainerId, userId: scope === 'missing' ? missingId('usr') : await freshMaintainerMember(s.maintainerId) }),
    },
  };
};
