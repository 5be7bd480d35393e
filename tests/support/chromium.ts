// Playwright launch options: prefer a system Chromium because CI machines cannot download Playwright's browsers.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

// CHROMIUM_PATH wins so developers can point at any local build; Debian's package is the default.
const executablePath = process.env['CHROMIUM_PATH'] || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromiumLaunchOptions: LaunchOptions = {
  // Omit the key entirely when unset so Playwright falls back to its own bundled browser.
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox', // CI containers run as root, where Chromium's sandbox refuses to start.
    '--disable-background-networking', // no calls home; the machine may be offline.
    '--disable-gpu', // headless CI has no GPU.
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
