// The Debian browsers every test and the benchmark use; nothing downloads one.
// Override the paths with CHROMIUM_BIN / FIREFOX_BIN.

/** Launch options for headless Chromium as root, with its calls home switched off. */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export const firefoxPath = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';
