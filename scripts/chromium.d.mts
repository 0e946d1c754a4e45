// Types of chromium.mjs, for the TypeScript tests that launch the system Chromium.
export function findChromium(): string | null;
export const installHint: string;
export const chromiumArgs: string[];
export function requireChromium(): string;
