import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

/** A fresh template of the side's project; for the missing side, an id that names nothing. */
export const campaignTemplateRows: MatrixRows = ({ database }) => {
  const templateOf = async (side: Side, scope: string) => {
    if (scope === 'missing') return missingId('ctpl');
    const place = { organizationId: side.organizationId, projectId: side.projectId };
    return (await database.prisma.campaignTemplate.create({ data: { id: newId('CampaignTemplate'), ...place, name: unique('t'), campaignType: 'GIFT_VOUCHERS' } })).id;
  };
  return {
    'Project.campaignTemplates': {
      document: 'query($id: ID!) { project(id: $id) { campaignTemplates { totalCount } } }',
      own: 'DDNDFFFNF',
      variables: (s) => ({ id: s.projectId }),
    },
    createCampaignTemplate: {
      document: mutation('createCampaignTemplate', 'CreateCampaignTemplateInput'),
      own: 'DDNFNNNNN',
      variables: (s) => input({ projectId: s.projectId, name: unique('t'), campaignType: 'DISCOUNT_COUPONS' }),
    },
    updateCampaignTemplate: {
      document: mutation('updateCampaignTemplate', 'UpdateCampaignTemplateInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await templateOf(s, scope), name: unique('renamed') }),
    },
    deleteCampaignTemplate: {
      document: mutation('deleteCampaignTemplate', 'DeleteCampaignTemplateInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await templateOf(s, scope) }),
    },
    copyCampaignTemplate: {
      document: mutation('copyCampaignTemplate', 'CopyCampaignTemplateInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await templateOf(s, scope), destinationProjectId: s.projectId, name: unique('copy') }),
    },
  };
};
