#!/usr/bin/env node
// `node scripts/screenshots.mjs [--readme]`: starts the demo's dev server on a free port
// (or PORT), drives the system Chromium through puppeteer-core with real clicks and keys,
// and writes PNGs of the editor into .shots/: at 1366x768, 1920x1080 and 400 px wide, in
// light and dark (the system setting, which the demo follows). With --readme it also
// writes docs/screenshot.png (1366x768, light, the editor with annotations). SHOTS_ONLY=text
// takes only the shots whose file name contains it (`SHOTS_ONLY=1366x768-light`).
import { spawn } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, requireChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, '.shots');
const readme = process.argv.includes('--readme');
const sizes = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '400', width: 400, height: 860 },
];
const themes = ['light', 'dark'];

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts wds directly (killing an `npx` parent would leave the server running) and waits for its URL. */
async function startServer(port) {
  const server = spawn(path.join(root, 'node_modules/.bin/wds'), ['--config', 'web-dev-server.config.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The dev server did not start within 30 s')), 30_000);
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => reject(new Error(`The dev server exited (${code})`)));
  });
  return server;
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo opened fresh, its editor ready with the sample article and its annotations. */
async function openDemo(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const editor = document.querySelector('claim-annotator');
    return editor && editor.annotations.length >= 3 && editor.shadowRoot.querySelector('.ProseMirror');
  }, { timeout: 20_000 });
  await page.evaluate(() => document.querySelector('claim-annotator').updateComplete);
  await pause(300);
}

/** A real click on the element `selector` finds in the editor's shadow root. */
async function clickIn(page, selector) {
  const handle = await page.waitForFunction((selector) => document.querySelector('claim-annotator').shadowRoot.querySelector(selector), { timeout: 5000 }, selector);
  await handle.asElement().click();
  await pause(250);
}

/** The states each size and theme is photographed in. */
const states = [
  { name: 'editor', run: async () => {} },
  {
    name: 'scrolled',
    run: async (page) => {
      await page.mouse.move(page.viewport().width / 3, page.viewport().height / 2);
      await page.mouse.wheel({ deltaY: 700 });
      await pause(400);
    },
  },
  {
    name: 'article-menu',
    run: async (page) => {
      await clickIn(page, '[data-menu="article"] > button');
    },
  },
  {
    name: 'export-menu',
    run: async (page) => {
      await clickIn(page, '[data-menu="export"] > button');
      await page.keyboard.press('ArrowDown');
      await pause(150);
    },
  },
  {
    name: 'import-report',
    run: async (page) => {
      // a colleague's file: the sample's annotations, one on words since changed, one on words not in this article
      const file = await page.evaluate(() => {
        const exported = document.querySelector('claim-annotator').exportJsonLd();
        const items = exported.first.items;
        items.forEach((item, i) => (item.id = `urn:uuid:00000000-0000-4000-8000-00000000000${i}`));
        const quote = (item) => item.target.selector.find((s) => s.type === 'TextQuoteSelector');
        quote(items[0]).exact = 'This is the most important investmnet';
        quote(items[1]).exact = 'words that this article never had';
        return JSON.stringify(exported);
      });
      const input = await page.evaluateHandle(() => document.querySelector('claim-annotator').shadowRoot.querySelector('input.import-file'));
      const path = (await import('node:path')).join(outdir, 'colleague.jsonld');
      await (await import('node:fs/promises')).writeFile(path, file);
      await input.uploadFile(path);
      await page.waitForFunction(() => document.querySelector('claim-annotator').shadowRoot.querySelector('dialog.import-report[open]'), { timeout: 5000 });
      await pause(300);
    },
  },
  {
    name: 'claim-form',
    run: async (page) => {
      // the claim's entry in the panel, then its Edit button
      await clickIn(page, '.annotation.cm-kind-claim .item-actions button');
      await pause(300);
    },
  },
  {
    name: 'discussion',
    run: async (page) => {
      // the claim linked to the fact and a colleague's reply, then the claim's form scrolled to its links and discussion
      await page.evaluate(async () => {
        const editor = document.querySelector('claim-annotator');
        const claim = editor.annotations.find((a) => a.kind === 'claim');
        const fact = editor.annotations.find((a) => a.kind === 'fact');
        await editor.linkAnnotations(claim.id, fact.id, 'refuted-by');
        const me = editor.creator;
        editor.creator = { name: 'Bob Lee' };
        await editor.addReply(claim.id, 'The audit office has the 2025 figure; is it final?');
        editor.creator = me;
        await editor.addReply(claim.id, 'Yes: confirmed by phone this morning.');
      });
      await clickIn(page, '.annotation.cm-kind-claim .item-actions button');
      await page.evaluate(() => document.querySelector('claim-annotator').shadowRoot.querySelector('fieldset.links').scrollIntoView({ block: 'start' }));
      await pause(300);
    },
  },
  {
    name: 'fact-form',
    run: async (page) => {
      await clickIn(page, '.annotation.cm-kind-fact .item-actions button');
      await pause(300);
    },
  },
];

const executablePath = requireChromium();
await mkdir(outdir, { recursive: true });
const port = Number(process.env.PORT) || (await freePort());
const server = await startServer(port);
const url = `http://127.0.0.1:${port}/`;
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
const failures = [];
try {
  for (const size of sizes) {
    for (const theme of themes) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: size.width, height: size.height });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      for (const state of states) {
        const file = path.join(outdir, `${size.name}-${theme}-${state.name}.png`);
        if (process.env.SHOTS_ONLY && !path.basename(file).includes(process.env.SHOTS_ONLY)) continue;
        try {
          await openDemo(page, url);
          await state.run(page);
          await page.screenshot({ path: file });
          console.log(path.relative(root, file));
        } catch (error) {
          failures.push(`${size.name} ${theme} ${state.name}: ${error.message}`);
        }
      }
      await context.close();
    }
  }
  if (readme) {
    await copyFile(path.join(outdir, '1366x768-light-editor.png'), path.join(root, 'docs/screenshot.png'));
    console.log('docs/screenshot.png');
  }
} finally {
  await browser.close();
  server.kill();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
