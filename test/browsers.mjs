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

/**
 * Firefox ESR 140 has no WebDriver BiDi `emulation.setScreenOrientationOverride`, which
 * puppeteer-core 24's `setViewport` sends beside the viewport itself. The viewport is still set, so
 * that one refusal is let through once the page has its new size; any other error is not.
 */
export function tolerateNoOrientation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command/.test(String(error?.message)) || !/setScreenOrientationOverride/.test(String(error?.message))) throw error;
      // The refusal can come back before the size is applied.
      const {width, height} = viewport;
      await page.waitForFunction((w, h) => innerWidth === w && innerHeight === h, {timeout: 5000}, width, height);
    }
  };
  return page;
}
