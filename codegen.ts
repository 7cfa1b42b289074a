import type { CodegenConfig } from '@graphql-codegen/cli';

// Types the GraphQL operations of the tests, the REST dialects and the console against schema.graphql.
// Regenerate with `npm run codegen`; a test fails when an output is stale.
const typed = {
  scalars: { DateTime: 'string' },
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false },
  useTypeImports: true,
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'test/generated/graphql.ts': {
      documents: 'test/**/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: typed,
    },
    // Strings, so that the dialect hands Yoga the operation's text without printing an AST per request.
    'src/rest/openpanel/operations.generated.ts': {
      documents: 'src/rest/openpanel/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...typed, documentMode: 'string' },
    },
    'src/rest/keboola/operations.generated.ts': {
      documents: 'src/rest/keboola/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...typed, documentMode: 'string' },
    },
    'src/rest/keboola-storage/operations.generated.ts': {
      documents: 'src/rest/keboola-storage/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...typed, documentMode: 'string' },
    },
    // The console's operations, as documents for urql (src/console/app).
    'src/console/app/operations.generated.ts': {
      documents: 'src/console/app/operations/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: typed,
    },
    'src/rest/voucherify/operations.generated.ts': {
      documents: 'src/rest/voucherify/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...typed, documentMode: 'string' },
    },
  },
};

export default config;
