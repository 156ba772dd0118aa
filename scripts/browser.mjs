// Finds the Chromium that tests and benchmarks drive: CHROME_PATH, else Debian's
// chromium, else an installed Chrome. When none exists and this is Debian with
// root, installs Debian's `chromium` with apt-get; otherwise stops with one line
// that says what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags for a headless run on a closed network (see CONTRIBUTING.md). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Pages run side by side in one browser: keep background pages' timers and
  // animation frames running, or tests waiting for a frame stall.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

const isDebianRoot = () =>
  process.platform === 'linux' &&
  existsSync('/etc/debian_version') &&
  typeof process.getuid === 'function' &&
  process.getuid() === 0;

/**
 * The executable named by `env`, else the first existing candidate, else Debian's
 * `pkg` installed with apt-get (as root on Debian); undefined when none can be had.
 */
function findExecutable({ name, env, candidates, pkg }) {
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env} is set to ${fromEnv}, which does not exist.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (isDebianRoot()) {
    console.error(`No ${name} found: installing Debian's "${pkg}" with apt-get…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (existsSync(`/usr/bin/${pkg}`)) return `/usr/bin/${pkg}`;
  }
  return undefined;
}

export function findBrowser() {
  const path = findExecutable({ name: 'Chromium', env: 'CHROME_PATH', candidates: CANDIDATES, pkg: 'chromium' });
  if (path) return path;
  console.error(
    'No Chromium or Chrome found: install Debian\'s "chromium" package (or Chrome) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/**
 * Finds Firefox for the second browser run: FIREFOX_PATH, else Debian's
 * firefox-esr, else an installed Firefox; installs Debian's `firefox-esr` as root
 * on Debian. Returns undefined (with a one-line note) where none can be had, so
 * the Chromium run goes on alone.
 */
export function findFirefox() {
  const path = findExecutable({
    name: 'Firefox',
    env: 'FIREFOX_PATH',
    candidates: FIREFOX_CANDIDATES,
    pkg: 'firefox-esr',
  });
  if (!path)
    console.error(
      'No Firefox found: tests run in Chromium only. Install Debian\'s "firefox-esr" (or Firefox) or set FIREFOX_PATH.',
    );
  return path;
}

// `node scripts/browser.mjs` prints the path, for shell scripts.
if (import.meta.url === `file://${process.argv[1]}`) console.log(findBrowser());
