// Adds lockfile records for platform-specific optional packages that the package
// registry mirror reachable from our machines does not serve (e.g. darwin/win32
// builds of @astrojs/compiler-binding). Without a record, `npm ci` refuses the
// lockfile ("Missing: … from lock file") even though those packages would be
// skipped on Linux anyway. Each stub carries the package's os/cpu so npm skips it.
// Run after `npm install` changes the lockfile: node scripts/lockfile-platform-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  // Pagefind names its builds without a libc or toolchain suffix (@pagefind/windows-x64…).
  'freebsd-x64': { os: ['freebsd'], cpu: ['x64'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
  'windows-arm64': { os: ['win32'], cpu: ['arm64'] },
  'windows-x64': { os: ['win32'], cpu: ['x64'] },
};

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${dep}`;
    if (lock.packages[target] || lock.packages[`${path}/${target}`]) continue;
    const suffix = Object.keys(PLATFORMS).find((p) => dep.endsWith(`-${p}`) || dep.endsWith(`/${p}`));
    if (!suffix) continue;
    lock.packages[target] = { version, dev: entry.dev, optional: true, ...PLATFORMS[suffix] };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile: ${added} platform stub(s) added`);
