import type { CodegenConfig } from '@graphql-codegen/cli';

// Types the operations that the tests run. Regenerate with `npm run codegen`; a test fails when stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'test/operations/*.graphql',
  generates: {
    'test/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        useTypeImports: true,
      },
    },
    // Types the OpenPanel dialect's operations; strings, so that Yoga gets the text without printing an AST.
    'src/rest/openpanel/operations.generated.ts': {
      documents: ['src/rest/openpanel/*.graphql', '!test/**'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        useTypeImports: true,
        documentMode: 'string',
      },
    },
  },
};

export default config;
