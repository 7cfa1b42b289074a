import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

/**
 * Configurations of the side's project, each with version 1 and one row at its version 1 (written
 * directly); for the missing side, ids that name nothing. Project roles and key scopes decide:
 * configuration:read for VIEWERs, configuration:write for EDITORs and ADMINs; the matrix's keys,
 * clients and operator hold neither.
 */
export const configurationRows: MatrixRows = ({ database }) => {
  let component: Promise<string> | undefined;
  const componentId = () =>
    (component ??= database.prisma.component
      .create({ data: { id: newId('Component'), slug: unique('matrix.configured'), type: 'OTHER', name: 'c', flags: [] } })
      .then((created) => created.id));

  const configurationOf = async (side: Side, scope: string, options: { trashed?: boolean } = {}) => {
    if (scope === 'missing') return { configurationId: missingId('cfg'), rowId: missingId('cfr') };
    const organizationId = side.organizationId;
    const actor = { createdByKind: 'USER' as const, createdById: side.ownerUserId };
    const configuration = await database.prisma.configuration.create({
      data: { id: newId('Configuration'), key: unique('cfg'), organizationId, projectId: side.projectId, componentId: await componentId(), name: 'c', deletedAt: options.trashed ? new Date() : null },
    });
    const row = await database.prisma.configurationRow.create({ data: { id: newId('ConfigurationRow'), key: 'r', organizationId, configurationId: configuration.id } });
    await database.prisma.configurationRowVersion.create({
      data: { id: newId('ConfigurationRowVersion'), organizationId, rowId: row.id, version: 1, name: '', description: '', configuration: {}, isDisabled: false, ...actor },
    });
    await database.prisma.configurationVersion.create({
      data: {
        id: newId('ConfigurationVersion'),
        organizationId,
        configurationId: configuration.id,
        version: 1,
        name: 'c',
        description: '',
        configuration: {},
        isDisabled: false,
        rows: [{ id: row.id, version: 1 }],
        ...actor,
      },
    });
    return { configurationId: configuration.id, rowId: row.id };
  };

  const WRITE = 'DDNFNNNNN';
  const onConfiguration = (field: string, inputType: string, fields: Record<string, unknown> = {}, options: { trashed?: boolean } = {}) => ({
    document: mutation(field, inputType),
    own: WRITE,
    other: 'NNNNNNNNN',
    variables: async (side: Side, scope: 'own' | 'other' | 'missing') => input({ configurationId: (await configurationOf(side, scope, options)).configurationId, ...fields }),
  });
  const onRow = (field: string, inputType: string, fields: Record<string, unknown> = {}) => ({
    document: mutation(field, inputType),
    own: WRITE,
    other: 'NNNNNNNNN',
    variables: async (side: Side, scope: 'own' | 'other' | 'missing') => input({ rowId: (await configurationOf(side, scope)).rowId, ...fields }),
  });

  return {
    configuration: {
      document: 'query($id: ID!) { configuration(id: $id) { id } }',
      own: 'DDNDNNNNN',
      other: 'NNNNNNNNN',
      variables: async (side, scope) => ({ id: (await configurationOf(side, scope)).configurationId }),
    },
    createConfiguration: {
      document: mutation('createConfiguration', 'CreateConfigurationInput'),
      // Whoever reads the project but may not write configurations there is refused; the rest do not find it.
      own: 'DDNFFFFNF',
      other: 'NNNNNNNNF',
      variables: async (side, scope) =>
        input({ projectId: scope === 'missing' ? missingId('prj') : side.projectId, componentId: await componentId(), name: 'made by the matrix' }),
    },
    updateConfiguration: onConfiguration('updateConfiguration', 'UpdateConfigurationInput', { name: 'renamed' }),
    updateConfigurationState: onConfiguration('updateConfigurationState', 'UpdateConfigurationStateInput', { state: { cursor: 1 } }),
    deleteConfiguration: onConfiguration('deleteConfiguration', 'DeleteConfigurationInput'),
    restoreConfiguration: onConfiguration('restoreConfiguration', 'RestoreConfigurationInput', {}, { trashed: true }),
    rollbackConfiguration: onConfiguration('rollbackConfiguration', 'RollbackConfigurationInput', { version: 1 }),
    createConfigurationFromVersion: onConfiguration('createConfigurationFromVersion', 'CreateConfigurationFromVersionInput', { version: 1, name: 'copy' }),
    createConfigurationRow: onConfiguration('createConfigurationRow', 'CreateConfigurationRowInput'),
    updateConfigurationRow: onRow('updateConfigurationRow', 'UpdateConfigurationRowInput', { name: 'renamed' }),
    updateConfigurationRowState: onRow('updateConfigurationRowState', 'UpdateConfigurationRowStateInput', { state: { cursor: 1 } }),
    deleteConfigurationRow: onRow('deleteConfigurationRow', 'DeleteConfigurationRowInput'),
    rollbackConfigurationRow: onRow('rollbackConfigurationRow', 'RollbackConfigurationRowInput', { version: 1 }),
    copyConfigurationRowVersion: onRow('copyConfigurationRowVersion', 'CopyConfigurationRowVersionInput', { version: 1 }),
    setConfigurationMetadata: onConfiguration('setConfigurationMetadata', 'SetConfigurationMetadataInput', { entries: [{ key: 'k', value: 'v' }] }),
    deleteConfigurationMetadata: {
      document: mutation('deleteConfigurationMetadata', 'DeleteConfigurationMetadataInput'),
      own: WRITE,
      other: 'NNNNNNNNN',
      variables: async (side: Side, scope: 'own' | 'other' | 'missing') => {
        const { configurationId } = await configurationOf(side, scope);
        if (scope === 'missing') return input({ configurationId, id: missingId('md') });
        const entry = await database.prisma.metadata.create({ data: { id: newId('Metadata'), configurationId, provider: 'USER', key: 'k', value: 'v' } });
        return input({ configurationId, id: entry.id });
      },
    },
  };
};
