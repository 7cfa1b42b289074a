import type { CodegenConfig } from '@graphql-codegen/cli';

// Types the operations that the tests run. Regenerate with `npm run codegen`; a test fails when stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'test/**/*.graphql',
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
  },
};

export default config;
