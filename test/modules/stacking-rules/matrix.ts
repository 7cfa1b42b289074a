import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';

/** Fresh stacking rules of the side's project (replacing any); for the missing side, an id that names nothing. */
export const stackingRulesRows: MatrixRows = ({ database }) => {
  const rulesOf = async (side: Side, scope: string) => {
    if (scope === 'missing') return missingId('stk');
    await database.prisma.stackingRules.deleteMany({ where: { projectId: side.projectId } });
    const rules = await database.prisma.stackingRules.create({
      data: {
        id: newId('StackingRules'), organizationId: side.organizationId, projectId: side.projectId, exclusiveCategories: [], jointCategories: [],
        redeemablesLimit: 30, applicableRedeemablesLimit: 5, applicableExclusiveRedeemablesLimit: 1, discountCalculationMode: 'INITIAL_AMOUNT',
        initialAmountModeCategories: [], discountedAmountModeCategories: [], redeemablesApplicationMode: 'ALL', redeemablesSortingRule: 'REQUESTED_ORDER',
        redeemablesProductsApplicationMode: 'STACK', redeemablesNoEffectRule: 'REDEEM_ANYWAY', noEffectSkipCategories: [], noEffectRedeemAnywayCategories: [],
        redeemablesRollbackOrderMode: 'WITH_ORDER',
      },
    });
    return rules.id;
  };
  return {
    'Project.stackingRules': {
      document: 'query($id: ID!) { project(id: $id) { stackingRules { redeemablesLimit } } }',
      own: 'DDNDFFFNF',
      variables: (s) => ({ id: s.projectId }),
    },
    createStackingRules: {
      document: mutation('createStackingRules', 'CreateStackingRulesInput'),
      own: 'DDNFNNNNN',
      reset: (s) => database.prisma.stackingRules.deleteMany({ where: { projectId: s.projectId } }),
      variables: (s) => input({ projectId: s.projectId, redeemablesLimit: 10 }),
    },
    updateStackingRules: {
      document: mutation('updateStackingRules', 'UpdateStackingRulesInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await rulesOf(s, scope), redeemablesLimit: 10 }),
    },
    deleteStackingRules: {
      document: mutation('deleteStackingRules', 'DeleteStackingRulesInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await rulesOf(s, scope) }),
    },
  };
};
