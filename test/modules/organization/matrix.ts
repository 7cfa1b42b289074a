// Matrix rows of organizations (see test/support/matrix.ts). deleteOrganization targets a fresh
// organization with the side's members, under the side's maintainer, and no projects: its keys and
// client belong to the side's organization and find nothing.
import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows } from '../../support/matrix.js';

export const organizationRows: MatrixRows = ({ database }) => ({
  deleteOrganization: {
    document: mutation('deleteOrganization', 'DeleteOrganizationInput'),
    own: 'DFFFNNNFD',
    variables: async (s, scope) => {
      if (scope === 'missing') return input({ id: missingId('org') });
      const { prisma } = database;
      const members = await prisma.organizationMember.findMany({ where: { organizationId: s.organizationId } });
      const organization = await prisma.organization.create({
        data: {
          id: newId('Organization'),
          name: 'deleted by the matrix',
          maintainerId: s.maintainerId,
          members: { create: members.map(({ userId, role }) => ({ id: newId('OrganizationMember'), userId, role })) },
        },
      });
      return input({ id: organization.id });
    },
  },
});
