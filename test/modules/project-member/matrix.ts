// Matrix rows of the project-member module's guarded fields (see test/support/matrix.ts).
import type { MatrixRows } from '../../support/matrix.js';

export const projectMemberRows: MatrixRows = () => ({
  // Whoever reads the organization's members; not its maintainer's members, nor the operator (Keboola's organization members only).
  'Organization.projectUsers': {
    document: 'query($id: ID!) { organization(id: $id) { projectUsers { edges { node { id } } } } }',
    own: 'DDDDDDDFF',
    variables: (s) => ({ id: s.organizationId }),
  },
});
