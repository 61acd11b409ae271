import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/coverage',
      '**/.nx',
      '**/tmp',
      '**/test-results',
      '**/playwright-report',
      'libs/web/graphql/src/gql/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:util'] },
            // API domains use core, util and the read APIs of the domains below them, never the
            // testing library. The order: identity < groups < conversation < townhalls and
            // notifications (see the README's domain map).
            {
              sourceTag: 'type:feature-api',
              onlyDependOnLibsWithTags: ['type:feature-api', 'type:core', 'type:util'],
            },
            {
              sourceTag: 'domain:identity',
              notDependOnLibsWithTags: [
                'domain:groups',
                'domain:conversation',
                'domain:townhalls',
                'domain:notifications',
              ],
            },
            {
              sourceTag: 'domain:groups',
              notDependOnLibsWithTags: [
                'domain:conversation',
                'domain:townhalls',
                'domain:notifications',
              ],
            },
            {
              sourceTag: 'domain:conversation',
              notDependOnLibsWithTags: ['domain:townhalls', 'domain:notifications'],
            },
            { sourceTag: 'domain:townhalls', notDependOnLibsWithTags: ['domain:notifications'] },
            { sourceTag: 'domain:notifications', notDependOnLibsWithTags: ['domain:townhalls'] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:core', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:core',
                'type:data-access',
                'type:ui',
                'type:util',
                'type:feature-api',
              ],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:feature-api',
                'type:core',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:feature-api',
                'type:core',
                'type:data-access',
                'type:ui',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: [
                'type:testing',
                'type:util',
                'type:app',
                'type:feature',
                'type:feature-api',
                'type:core',
              ],
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.e2e-spec.ts',
      'apps/api-e2e/**/*.ts',
      'apps/web-e2e/**/*.ts',
      'libs/api/testing/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.tsx', 'libs/web/**/*.ts', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // One hook per GraphQL operation, beside its document in `src/lib/api/use-<operation>.ts`:
    // components call those hooks, so they cannot grow an operation of their own.
    files: ['libs/web/**/*.{ts,tsx}', 'apps/web/**/*.{ts,tsx}'],
    // Not components: the hooks themselves, tests, and the session's own operations (auth.tsx).
    ignores: [
      '**/api/use-*.ts',
      '**/*.test.ts',
      '**/*.test.tsx',
      'libs/web/graphql/src/lib/auth.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@apollo/client/react',
              importNames: [
                'useQuery',
                'useMutation',
                'useSubscription',
                'useLazyQuery',
                'useSuspenseQuery',
              ],
              message:
                "Call the operation's hook from src/lib/api/use-<operation>.ts, which holds its document.",
            },
          ],
        },
      ],
    },
  },
  {
    // Resolvers are thin: they call services and loaders, which own the SQL (README, Architecture).
    files: ['libs/api/**/*.resolver.ts', 'libs/api/**/*.resolvers.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              message: 'Resolvers hold no SQL: read through a service or a loader of the domain.',
            },
            {
              name: '@nestjs/typeorm',
              message: 'Resolvers hold no SQL: read through a service or a loader of the domain.',
            },
          ],
        },
      ],
    },
  },
  {
    // Build and test configuration files read shared tooling by path; they are not library code.
    files: ['**/vite.config.ts', '**/codegen.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
);
