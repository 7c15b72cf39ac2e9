// Lint rules, including the architecture's boundaries: shared/ is pure,
// the renderer never reaches into electron/, and only electron/*.ts may import 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import lingui from 'eslint-plugin-lingui';
import globals from 'globals';

const restrict = (patterns) => ['error', { patterns }];
// The package.json subpath aliases (#shared/*, #electron/*, #renderer/*, #kit/*, #fixtures/*) name
// the same folders as the path patterns; `group` cannot hold them ('#' starts a comment in its
// gitignore syntax), so each boundary forbids its aliases by regex too. Sources never import the
// test kit or its fixtures.
const alias = (folders, message) => ({
  regex: `^#(${[...folders, 'kit', 'fixtures'].join('|')})/`,
  message,
});

// Issue 27: no user-visible string escapes the message catalogs (renderer/i18n/catalogs) in the
// folders and files converted so far; the list grows as the rest is converted. What it lets
// through: identifiers (a lower-case word, kebab-case, dotted names), SVG path data, single
// capital letters (the registers' D1/A1/M1 tags), and attributes that are never read out.
export const TRANSLATED = [
  'renderer/i18n/**/*.{ts,tsx}',
  'renderer/pages/{JoinPage,LandingPage,RoomPage,ConsolePage}.tsx',
  'renderer/{App.tsx,app/PageChunkBoundary.tsx,app/loadAgain.ts}',
  'renderer/features/{join,room}/**/*.{ts,tsx}',
  'renderer/features/board/**/*.{ts,tsx}',
  'renderer/features/questions/**/*.{ts,tsx}',
  'renderer/features/polls/**/*.{ts,tsx}',
  'renderer/features/parkingLot/**/*.{ts,tsx}',
  'renderer/features/presence/**/*.{ts,tsx}',
  'renderer/features/lists/**/*.{ts,tsx}',
  'renderer/features/qrCode/**/*.{ts,tsx}',
  'renderer/features/export/**/*.{ts,tsx}',
  'renderer/platform/**/*.ts',
  'renderer/sync/**/*.ts',
  'renderer/app/{format,router}.ts',
  'renderer/features/timer/**/*.{ts,tsx}',
  'renderer/features/registers/**/*.{ts,tsx}',
  'renderer/features/agenda/**/*.{ts,tsx}',
  'renderer/features/session/**/*.{ts,tsx}',
  'renderer/features/undo/**/*.{ts,tsx}',
  'renderer/features/announce/**/*.{ts,tsx}',
  'renderer/features/series/**/*.{ts,tsx}',
  'renderer/pages/ProjectorCharts.tsx',
  'renderer/pages/ProjectorPage.tsx',
  'renderer/features/{library,venue,projector}/**/*.{ts,tsx}',
  'renderer/pages/{LibraryPage,ProbePage}.tsx',
  'renderer/features/breakouts/**/*.{ts,tsx}',
];
const UNREAD_ATTRIBUTES =
  '^(className|type|id|htmlFor|name|role|key|rel|target|lang|dir|size|autoComplete|autoCapitalize|inputMode|method|viewBox|d|fill|stroke|points|aria-(live|current|haspopup|controls|describedby|labelledby|hidden|invalid|pressed|expanded)|data-.*)$';
const notRead = [
  '^[a-z][a-zA-Z0-9]*$',
  '^[a-z][a-zA-Z0-9]*([-_.:/][a-zA-Z0-9$\\{}]+)+\\.?$',
  '^[A-Z]$',
  '^h[1-6]$',
  '^M[-0-9 .A-Za-z]+Z$',
  '^[A-Z0-9]{5}-[A-Z0-9]{5}$',
];
const translatedOnly = {
  files: TRANSLATED,
  plugins: { lingui },
  rules: {
    'lingui/no-unlocalized-strings': [
      'error',
      {
        ignore: notRead,
        ignoreNames: [{ regex: { pattern: UNREAD_ATTRIBUTES } }],
        ignoreFunctions: [
          'console.*',
          'Error',
          'ValidationError',
          'localStorage.*',
          'document.*',
          'window.*',
          '*.addEventListener',
          '*.removeEventListener',
          '*.on',
          '*.off',
          '*.setAttribute',
          '*.getAttribute',
          '*.querySelector*',
          '*.setLocalStateField',
          'translate',
          'explain',
          '*.endsWith',
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.mjs', 'electron/**', 'test/**', 'build/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**', 'test/e2e/**', 'test/bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': restrict([
        {
          group: ['**/electron/**', 'electron'],
          message: 'The renderer talks to the host only through renderer/platform.',
        },
        alias(['electron'], 'The renderer talks to the host only through renderer/platform.'),
        {
          group: ['node:*', 'fs', 'path', 'ws'],
          message: 'The renderer runs in browsers: no Node modules.',
        },
      ]),
    },
  },
  {
    // The platform door (issue 14): host-bound calls go through renderer/platform; the sync
    // sockets and the /time pings live in renderer/sync. Nothing else reaches the host itself.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**', 'renderer/sync/**', 'renderer/vite.config.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the host through platform() (renderer/platform).' },
        { name: 'WebSocket', message: 'Sockets belong to renderer/sync.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='offsite']",
          message: "window.offsite is the electron platform's: use platform() (renderer/platform).",
        },
        {
          selector:
            'MemberExpression[property.name=/^(fetch|WebSocket)$/][object.name=/^(window|globalThis|self)$/]',
          message: 'Call the host through platform() (renderer/platform).',
        },
        {
          // Issue 23: the browser's React is Preact, which writes autoFocus as the autofocus
          // attribute (honoured once per document) instead of focusing the element on mount.
          selector: "JSXAttribute[name.name='autoFocus']",
          message: 'Use ref={focusOnMount} (renderer/app/focusOnMount.ts): Preact does not focus.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/renderer/**'],
          message: 'The shell never imports the renderer: they meet in shared/protocol.',
        },
        alias(['renderer'], 'The shell never imports the renderer: they meet in shared/protocol.'),
      ]),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/electron/**', '**/renderer/**', 'electron'],
          message: 'shared/ is the pure domain: it imports nothing from the layers above it.',
        },
        alias(
          ['electron', 'renderer'],
          'shared/ is the pure domain: it imports nothing from the layers above it.',
        ),
        {
          group: ['node:*', 'fs', 'path', 'ws', 'react', 'react-dom', 'zustand'],
          message: 'shared/ has no DOM, Node or UI dependencies.',
        },
      ]),
    },
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['electron', '**/renderer/**'],
          message: 'The host is plain Node: it runs headless too, so it never imports electron.',
        },
        alias(
          ['renderer'],
          'The host is plain Node: it runs headless too, so it never imports electron.',
        ),
      ]),
    },
  },
  translatedOnly,
);
