// Headless Debian Chromium as issue 13 prescribes, for both browser tests: a fresh profile, and the flags that keep
// it from reaching the network (every host lookup but localhost fails locally, so the 3.1 Browser's calls to auth0,
// firebase and intercom, or any request a self-contained page should not make, never leave the machine).
// playwright's headless: true adds --headless.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export async function launchHeadlessChromium(name, viewport) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
