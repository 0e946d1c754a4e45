// Finds the Chromium that browser tests and benchmarks drive. Test tools cannot
// download a browser on this network, so we use the system's (Debian: chromium).
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

/** The path of a Chromium executable, or null when none is installed. */
export function findChromium() {
  return candidates.find((path) => existsSync(path)) ?? null;
}

export const installHint =
  'No Chromium found: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome/Chromium executable.';

/** Flags for headless Chromium on this kind of machine (see ../shared/toolchain.md). */
export const chromiumArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  // Running as root (CI) requires it; harmless otherwise in a throwaway profile.
  '--no-sandbox',
];

/** Exits with a one-line install hint when no Chromium is available. */
export function requireChromium() {
  const path = findChromium();
  if (!path) {
    console.error(installHint);
    process.exit(1);
  }
  return path;
}
