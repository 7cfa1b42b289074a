import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';

const address = { street: 'Main Street 1', city: 'Springfield', country: 'Poland' };

/** A fresh brand of the side's project (replacing any); for the missing side, an id that names nothing. */
export const brandRows: MatrixRows = ({ database }) => {
  const brandOf = async (side: Side, scope: string) => {
    if (scope === 'missing') return missingId('brd');
    await database.prisma.brand.deleteMany({ where: { projectId: side.projectId } });
    const brand = await database.prisma.brand.create({
      data: { id: newId('Brand'), organizationId: side.organizationId, projectId: side.projectId, name: 'b', permissionReminder: 'r', ...address, email: 'a@b.example' },
    });
    return brand.id;
  };
  return {
    'Project.brand': {
      document: 'query($id: ID!) { project(id: $id) { brand { name } } }',
      own: 'DDNDFFFNF',
      variables: (s) => ({ id: s.projectId }),
    },
    createBrand: {
      document: mutation('createBrand', 'CreateBrandInput'),
      own: 'DDNFNNNNN',
      reset: (s) => database.prisma.brand.deleteMany({ where: { projectId: s.projectId } }),
      variables: (s) => input({ projectId: s.projectId, name: 'Acme', address, contact: { email: 'a@b.example' } }),
    },
    updateBrand: {
      document: mutation('updateBrand', 'UpdateBrandInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await brandOf(s, scope), name: 'renamed' }),
    },
    deleteBrand: {
      document: mutation('deleteBrand', 'DeleteBrandInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await brandOf(s, scope) }),
    },
  };
};
