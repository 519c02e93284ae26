import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { talkootPlugin } from './eslint-rules/no-literal-jsx-text.js';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'util',
  'stream',
  'buffer',
  'events',
  'http',
  'https',
  'net',
  'zlib',
  'worker_threads',
  'process',
  'readline',
];
const nodeBuiltinPatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];
// Repeated in each block that sets no-restricted-imports: a later block replaces the rule's options.
const dexieOnlyInDb = { group: ['dexie', 'dexie/*'], message: 'Only src/core/db imports Dexie.' };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use `as const` + z.enum, not enum.' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Every word the user reads comes from the message catalogue (fi, sv, en).
  {
    files: ['src/renderer/**/*.tsx'],
    plugins: { talkoot: talkootPlugin },
    rules: { 'talkoot/no-literal-jsx-text': ['error', { allow: [] }] },
  },
  // Only src/core/db may import Dexie.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [dexieOnlyInDb] }],
    },
  },
  // A spinner is announced only with a role: pages use shared/Loading, not Mantine's bare Loader.
  {
    files: ['src/renderer/**/*.tsx'],
    ignores: [
      'src/renderer/src/shared/Loading.tsx',
      'src/renderer/src/features/welcome/WelcomePage.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [dexieOnlyInDb],
          paths: [
            {
              name: '@mantine/core',
              importNames: ['Loader'],
              message: 'Use <Loading /> from shared/Loading: it has the status role and a name.',
            },
          ],
        },
      ],
    },
  },
  // src/core is framework-free: no React, Electron, Node built-ins or UI code.
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@mantine/*', 'electron', 'electron/*'],
              message: 'src/core must not import React or Electron.',
            },
            {
              group: nodeBuiltinPatterns,
              message: 'src/core must not import Node built-ins; it also runs in the renderer.',
            },
            dexieOnlyInDb,
            {
              group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/cli/**'],
              message: 'src/core must not import app layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@mantine/*', 'electron', 'electron/*'],
              message: 'src/core must not import React or Electron.',
            },
            {
              group: nodeBuiltinPatterns,
              message: 'src/core must not import Node built-ins; it also runs in the renderer.',
            },
            {
              group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/cli/**'],
              message: 'src/core must not import app layers.',
            },
          ],
        },
      ],
    },
  },
);
