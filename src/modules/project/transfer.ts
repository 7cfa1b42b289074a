import { z } from 'zod';
import type { Context } from '../../context.js';
import { parseInput, userError } from '../../errors.js';
import { actorOf, audited } from '../audit/service.js';
import { organizationToCreateIn } from '../organization/service.js';
import { credentialsOfProject, EXPIRE_JOB, lockProject, PURGE_JOB, unlinkManagementKeys } from './jobs.js';
import { authorizedProject } from './service.js';

const transferInput = z.object({ id: z.string(), organizationId: z.string() });

/**
 * Moves a project to another organization: the caller needs project:write on the project and in
 * the target organization. The project keeps its members, clients, references and everything else
 * it owns (their organization follows it); the old organization's management keys lose it (a key
 * limited to it alone is revoked: limited to nothing, it would reach everything). Audited in both.
 */
export async function transferProject(context: Context, input: z.input<typeof transferInput>) {
  const data = parseInput(transferInput, input);
  const { projectId } = await authorizedProject(context, data.id, 'project:write', 'id');
  const target = await organizationToCreateIn(context, data.organizationId);
  await context.access.require('project:write', target);
  const to = target.organizationId;
  // Cached verifications carry a credential's organization and projects: every instance forgets them.
  const known = await credentialsOfProject(context.prisma, projectId);
  const { project } = await context.credentials.changeMany(known, () => audited(context, async (tx, audit) => {
    const current = (await lockProject(tx, projectId))!;
    if (current.deleteAt || current.purgedAt) throw userError('DELETED', ['id'], 'a deleted project cannot be transferred; restore it first');
    const from = current.organizationId;
    if (from === to) throw userError('INVALID', ['organizationId'], 'the project already belongs to this organization');
    const credentialIds = await credentialsOfProject(tx, projectId);
    const moved = { where: { projectId }, data: { organizationId: to } };
    await tx.projectMember.updateMany(moved);
    await tx.reference.updateMany(moved);
    await tx.client.updateMany(moved);
    await tx.storageToken.updateMany(moved);
    await tx.joinRequest.updateMany(moved);
    await tx.invitation.updateMany(moved);
    await tx.dashboard.updateMany(moved);
    await tx.report.updateMany(moved);
    await tx.configuration.updateMany(moved);
    await tx.metadataSchema.updateMany(moved);
    await tx.customEventSchema.updateMany(moved);
    await tx.stackingRules.updateMany(moved);
    await tx.brand.updateMany(moved);
    await tx.campaignTemplate.updateMany(moved);
    await tx.webhook.updateMany(moved);
    await tx.webhookDelivery.updateMany(moved);
    const ofProject = { data: moved.data };
    await tx.configurationRow.updateMany({ where: { parent: { projectId } }, ...ofProject });
    await tx.configurationVersion.updateMany({ where: { parent: { projectId } }, ...ofProject });
    await tx.configurationRowVersion.updateMany({ where: { row: { parent: { projectId } } }, ...ofProject });
    await tx.job.updateMany({
      where: { organizationId: from, kind: { in: [PURGE_JOB, EXPIRE_JOB] }, payload: { path: ['projectId'], equals: projectId } },
      data: { organizationId: to },
    });
    await unlinkManagementKeys(
      tx,
      projectId,
      actorOf(context.access.principal),
      'its only project was transferred to another organization',
    );
    const project = await tx.project.update({ where: { id: projectId }, data: { organizationId: to } });
    const changes = { fromOrganizationId: from, toOrganizationId: to };
    await audit({ organizationId: from, action: 'project.transfer', target: { type: 'Project', id: projectId }, changes });
    await audit({ organizationId: to, action: 'project.transfer', target: { type: 'Project', id: projectId }, changes });
    return { project, credentialIds };
  }));
  return { project };
}
