import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.neo4j', 'dist', 'coverage', 'bench/out', 'out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  // The pure stages never read the environment, files or the network.
  {
    files: ['src/text/**/*.ts', 'src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['node:fs*', 'fs', 'neo4j-driver', 'node:net', 'node:http*', '../graph*', '../api*', '../ingest*'],
        },
      ],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  { files: ['bench/**', 'scripts/**', 'bin/**'], rules: { 'no-console': 'off' } },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
