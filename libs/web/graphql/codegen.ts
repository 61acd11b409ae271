import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the web app, from the committed schema (no running server needed). */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['libs/web/*/src/**/*.{ts,tsx}', '!libs/web/graphql/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/graphql/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        skipTypename: false,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
