// Headless Chromium for the page's browser tests and the screenshot script: Debian's `chromium` driven by
// playwright-core (whose own browser download cannot reach the internet here). A missing browser is a
// failure with the fix in its message, never a skip.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where the Chromium executable is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launch headless Chromium; throws (with how to install it) when the executable is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: install it with \`apt-get install chromium\` ` +
        "(or set CHROMIUM_PATH to a Chromium executable). The page's browser tests never skip.",
    );
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
