// graphql-codegen config: types for every `graphql(...)` document in src/,
// generated from the server's schema (the single source of truth).
// The output in src/gql/ is committed; re-run `npm run codegen` after changing
// a query or when ../schema.graphql changes.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          NaiveDate: 'string',
          JSON: 'unknown',
          Upload: 'File',
        },
        avoidOptionals: false,
        skipTypename: true,
        documentMode: 'string',
      },
    },
  },
  hooks: {},
};

export default config;
