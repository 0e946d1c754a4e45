import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, requireChromium } from './scripts/chromium.mjs';

const executablePath = requireChromium();

/**
 * `executeServerCommand('accessible-text')`: the text Chromium's accessibility
 * tree gives a screen reader, in reading order (every StaticText that is not
 * ignored, CSS generated content included), read through the DevTools
 * protocol. Puppeteer's own snapshot stops at a textbox, whose content a screen
 * reader still reads.
 */
function accessibleTextPlugin() {
  return {
    name: 'accessible-text',
    async executeCommand({ command, session }) {
      if (command !== 'accessible-text') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        const texts = [];
        const visit = (node) => {
          if (!node) return;
          if (!node.ignored && node.role?.value === 'StaticText') texts.push(node.name?.value ?? '');
          else for (const child of node.childIds ?? []) visit(byId.get(child));
        };
        visit(nodes.find((node) => !node.parentId));
        return texts.join('');
      } finally {
        await cdp.detach();
      }
    },
  };
}

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), accessibleTextPlugin()],
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
