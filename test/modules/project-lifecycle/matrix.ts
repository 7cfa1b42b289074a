import { newId } from '../../../src/db/ids.js';
import { PURGE_JOB } from '../../../src/modules/project/jobs.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

/** Deleted projects, project jobs and transfers. Operator-only success (platform:write) is tested in the module's tests. */
export const projectLifecycleRows: MatrixRows = ({ database }) => {
  /** A project of the side made for one cell, deleted when asked. */
  const freshProject = async (side: Side, deleted: boolean) =>
    (
      await database.prisma.project.create({
        data: {
          id: newId('Project'),
          organizationId: side.organizationId,
          name: unique('matrix'),
          slug: unique('matrix'),
          ...(deleted ? { deletedAt: new Date(), deleteAt: new Date(Date.now() + 86400_000) } : {}),
        },
      })
    ).id;
  const deletedProject = async (side: Side, scope: string) => (scope === 'missing' ? missingId('prj') : freshProject(side, true));
  return {
    job: {
      document: 'query($id: ID!) { job(id: $id) { id status } }',
      // The operator of the matrix lacks platform:write, which starts (and reads) project jobs.
      own: 'NNNNNNNNN',
      variables: async (side, scope) => {
        if (scope === 'missing') return { id: missingId('job') };
        const job = await database.prisma.job.create({
          data: {
            id: newId('Job'),
            kind: PURGE_JOB,
            payload: { projectId: side.projectId },
            organizationId: side.organizationId,
            runAt: new Date(Date.now() + 365 * 86400_000),
            deadline: new Date(Date.now() + 366 * 86400_000),
          },
        });
        return { id: job.id };
      },
    },
    deletedProjects: {
      document: '{ deletedProjects(first: 5) { edges { node { id } } } }',
      own: 'FFFFFFFFD',
    },
    deletedProject: {
      document: 'query($id: ID!) { deletedProject(id: $id) { id isPurged } }',
      own: 'FFFFFFFFD',
      other: 'FFFFFFFFD',
      missing: 'FFFFFFFFN',
      variables: async (side, scope) => ({ id: await deletedProject(side, scope) }),
    },
    undeleteProject: {
      document: mutation('undeleteProject', 'UndeleteProjectInput'),
      own: 'FFFFFFFFF',
      other: 'FFFFFFFFF',
      missing: 'FFFFFFFFF',
      variables: async (side, scope) => input({ id: await deletedProject(side, scope) }),
    },
    purgeProject: {
      document: mutation('purgeProject', 'PurgeProjectInput'),
      own: 'FFFFFFFFF',
      other: 'FFFFFFFFF',
      missing: 'FFFFFFFFF',
      variables: async (side, scope) => input({ id: await deletedProject(side, scope) }),
    },
    transferProject: {
      document: mutation('transferProject', 'TransferProjectInput'),
      // To an organization of which only the side's OWNER is a member (OWNER): the others cannot see it, or the project.
      own: 'DNNNFNNNF',
      variables: async (side, scope) => {
        if (scope === 'missing') return input({ id: missingId('prj'), organizationId: missingId('org') });
        const target = await database.prisma.organization.create({
          data: {
            id: newId('Organization'),
            name: unique('target'),
            members: { create: { id: newId('OrganizationMember'), userId: side.ownerUserId, role: 'OWNER' } },
          },
        });
        return input({ id: await freshProject(side, false), organizationId: target.id });
      },
    },
  };
};
