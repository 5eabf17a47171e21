import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'bench/.cache/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      // The core is pure: Markdown and a ledger in, findings out. Editors and the file system stay
      // in the hosts (CLI, language server) so every host shares one engine.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*'], message: 'The core must not depend on editor APIs.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The core does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/lsp/**/*.ts'],
    rules: {
      // The language server speaks the protocol; files, paths and threads are the host's (server/src/host).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'File system and threads belong in server/src/host.' }] },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
