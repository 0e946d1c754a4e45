import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, requireChromium } from './scripts/chromium.mjs';

const executablePath = requireChromium();

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  concurrency: 2,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
      // Each test file in its own window: a background tab gets no animation
      // frames and no focus, and selection/keyboard tests then time out.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
};
