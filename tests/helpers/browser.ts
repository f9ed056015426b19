/**
 * Real-browser helpers: the system's Chromium driven by playwright-core (which never downloads a
 * browser), and axe-core run inside the page.
 *
 * A missing Chromium is an error, never a reason to skip: install it with `apt-get install chromium`
 * or point CHROMIUM_PATH at another Chromium/Chrome binary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium introuvable : apt-get install chromium (cherché à ${CHROMIUM_PATH} ; ` +
        `la variable CHROMIUM_PATH peut désigner un autre exécutable). Les tests navigateur ne sont jamais ignorés.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** WCAG 2.0/2.1 A and AA rules, none disabled. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The WCAG rules plus axe's best practices (landmarks, one main, headings that do not skip a
 * level…): not RGAA criteria, but what a screen-reader user notices first.
 */
export const AXE_BEST_PRACTICE_TAGS = [...AXE_TAGS, 'best-practice'];

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core in the page and returns its violations.
 *
 * The source is evaluated through the DevTools protocol (page.evaluate), which the page's CSP does not
 * govern (an injected <script> would be blocked: no 'unsafe-inline'). The e2e tests still run axe in a
 * separate bypassCSP context, so that nothing axe does can be mistaken for a CSP violation of the page.
 */
export async function runAxe(page: Page, tags: string[] = AXE_TAGS): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(`${axeSource}\n;void 0;`);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
    }));
  }, tags);
}

/** Violations as readable text: rule, impact, help, then each node's selector and HTML. */
export function formatViolations(violations: AxeViolation[], where = ''): string {
  if (violations.length === 0) return 'aucune violation';
  const lines: string[] = [`${violations.length} violation(s) axe${where ? ` sur ${where}` : ''} :`];
  for (const v of violations) {
    lines.push(`- [${v.impact ?? '?'}] ${v.id} : ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 10)) {
      lines.push(`    ${n.target.join(' ')}`);
      lines.push(`      ${n.html.replace(/\s+/g, ' ').slice(0, 300)}`);
      if (n.failureSummary) lines.push(`      ${n.failureSummary.replace(/\s*\n\s*/g, ' / ').slice(0, 400)}`);
    }
    if (v.nodes.length > 10) lines.push(`    … et ${v.nodes.length - 10} autres éléments`);
  }
  return lines.join('\n');
}
