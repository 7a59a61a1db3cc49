// ESLint 9 flat config for the whole workspace.
// Type-aware rules are off on purpose: `typecheck` (tsc) already checks types, and untyped lint stays fast.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const deepImportMessage =
  "Import provider classes by deep path, e.g. `import { Vpc } from '@cdktf/provider-aws/lib/vpc'`. " +
  'The package root loads all 2,212 provider modules and makes type-check, synth and tests 4-10x slower.';

// What the pure libraries (core, the engines, the simulated account) never import.
const cdktfAndAwsSdk = ['cdktf', 'constructs', '@cdktf/*', '@aws-sdk/*', '@aws-lambda-powertools/*'];

// The IaC tag contract (`iac:stack`, `iac:address`) is written once, in libs/core/src/iac-tags.ts; everything else
// imports IAC_STACK_TAG / IAC_ADDRESS_TAG so the writer (the Tagging aspect) and the readers cannot drift apart.
const iacTagMessage =
  "Import IAC_STACK_TAG / IAC_ADDRESS_TAG from '@groundwork/core' instead of writing the tag key as a literal.";
const iacTagLiterals = [
  { selector: 'Literal[value=/^iac:(stack|address)$/]', message: iacTagMessage },
  { selector: 'TemplateElement[value.raw=/iac:(stack|address)/]', message: iacTagMessage },
];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'cdktf.out/**', '**/.nx/**', '**/coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@cdktf/provider-aws', message: deepImportMessage },
            { name: '@cdktf/provider-aws/lib', message: deepImportMessage },
          ],
        },
      ],
      // Dependency rules from DESIGN.md: apps on libs; constructs on lower constructs; engines on nothing of cdktf or the SDK;
      // the AWS reads on the engines and the SDK, for apps only; everything may use core, which uses nothing of ours.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:core',
                'type:construct',
                'type:engine',
                'type:aws-read',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:construct',
              onlyDependOnLibsWithTags: ['type:core', 'type:construct', 'type:engine', 'type:testing'],
              bannedExternalImports: ['@aws-sdk/*', '@aws-lambda-powertools/*'],
            },
            { sourceTag: 'layer:network', onlyDependOnLibsWithTags: ['type:core', 'type:testing'] },
            {
              sourceTag: 'layer:workload',
              onlyDependOnLibsWithTags: ['type:core', 'layer:network', 'type:testing'],
            },
            {
              sourceTag: 'layer:identity',
              onlyDependOnLibsWithTags: ['type:core', 'layer:network', 'type:testing'],
            },
            {
              sourceTag: 'layer:governance',
              onlyDependOnLibsWithTags: ['type:core', 'layer:network', 'type:engine', 'type:testing'],
            },
            {
              sourceTag: 'type:engine',
              onlyDependOnLibsWithTags: ['type:core', 'type:engine'],
              bannedExternalImports: cdktfAndAwsSdk,
            },
            // The live sources: the AWS SDK on top of the engines, shared by the CLI and the Lambda; never cdktf.
            {
              sourceTag: 'type:aws-read',
              onlyDependOnLibsWithTags: ['type:core', 'type:engine'],
              bannedExternalImports: ['cdktf', 'constructs', '@cdktf/*', '@aws-lambda-powertools/*'],
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:core', 'type:testing'] },
            // The simulated AWS account reads synthesized JSON and writes state and Config items: it needs neither
            // cdktf nor the AWS SDK, so it stays a plain model that any test or script can run offline.
            {
              sourceTag: 'type:sim',
              onlyDependOnLibsWithTags: ['type:core', 'type:testing'],
              bannedExternalImports: cdktfAndAwsSdk,
            },
            // The shared concepts depend on nothing of ours, so that every project may use them.
            {
              sourceTag: 'type:core',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: cdktfAndAwsSdk,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    ignores: ['**/*.test.ts', 'libs/core/src/iac-tags.ts'],
    rules: { 'no-restricted-syntax': ['error', ...iacTagLiterals] },
  },
];
