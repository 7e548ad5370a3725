import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What global-setup's demo city wrote: where the app is, and its rounds and open proposal. */
export interface DemoInfo {
  readonly url: string;
  /** The city's Polity server (the same origin as the app in the demo). */
  readonly serverUrl: string;
  readonly rpcUrl: string;
  /** The start script's process: SIGHUP restarts the server on the same data. */
  readonly pid: number;
  /** `secret`: the secret round in voting (Neighbourhood ideas, city-wide, approve one or two of four projects). */
  readonly rounds: { readonly finished: string; readonly voting: string; readonly points: string; readonly secret: string };
  readonly openProposal: string;
  /** Named residents who registered a secret-ballot identity before the secret round's snapshot, with its recovery phrase. */
  readonly secretIdentities: readonly { readonly name: string; readonly address: string; readonly recoveryPhrase: string }[];
}

let info: DemoInfo | undefined;
/** Read when first needed: global setup writes it after the test files are loaded. */
export function demo(): DemoInfo {
  info ??= JSON.parse(readFileSync(join(web, 'test-results', 'demo.json'), 'utf8')) as DemoInfo;
  return info;
}

export const test = base.extend<{ app: App }>({
  app: async ({ page }, use) => {
    await use(new App(page));
  },
});
export { expect };

/** The app as a person uses it, with the checks every page gets: a screenshot and an accessibility scan. */
export class App {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(`${demo().url}${path}`);
    await expect(this.page.locator('main')).not.toContainText('Loading…', { timeout: 30_000 });
  }

  /**
   * Switches the app's language the way a person does. The switch reloads the page (Paraglide), so
   * this waits for the reloaded page: a navigation started before it lands would be aborted by it.
   */
  async language(to: 'en' | 'pl'): Promise<void> {
    const select = this.page.locator('label.language select');
    if ((await select.inputValue()) === to) return;
    const reloaded = this.page.waitForEvent('framenavigated', (frame) => frame === this.page.mainFrame());
    await select.selectOption(to);
    await reloaded;
    await this.page.waitForLoadState('load');
    await expect(this.page.locator('label.language select')).toHaveValue(to);
    await expect(this.page.getByLabel(to === 'en' ? 'Language' : 'Język')).toBeVisible();
    await expect(this.page.locator('main')).not.toContainText(/Loading…|Wczytywanie/, { timeout: 30_000 });
  }

  /** Demo mode: act as one of the demo city's people (the yellow bar). */
  async actAs(name: string): Promise<void> {
    const select = this.page.getByTestId('act-as');
    const option = select.locator('option', { hasText: new RegExp(`^${name} \\(`) });
    await select.selectOption({ value: (await option.getAttribute('value')) ?? '' });
    await expect(this.page.getByTestId('current-account')).toContainText(name);
  }

  /** Waits for the newest transaction in the status panel to be confirmed (or fails with its reason). */
  async confirmed(label: string | RegExp): Promise<void> {
    const entry = this.page.getByTestId('transaction').filter({ hasText: label }).first();
    await expect(entry).toHaveAttribute('data-phase', /confirmed|failed/, { timeout: 45_000 });
    const phase = await entry.getAttribute('data-phase');
    if (phase === 'failed') throw new Error(`transaction "${String(label)}" failed: ${await entry.innerText()}`);
  }

  async skip(button: 'Skip 1 hour' | 'Skip 1 day' | 'Skip 1 week'): Promise<void> {
    const control = this.page.getByRole('button', { name: button });
    await control.click();
    await expect(control).toBeEnabled();
  }

  /** Saves a screenshot under test-results/screenshots and fails on WCAG 2 A/AA violations. */
  async check(name: string): Promise<void> {
    await this.page.screenshot({ path: join(web, 'test-results', 'screenshots', `${name}.png`), fullPage: true });
    const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')})`);
    expect(violations, `accessibility violations on ${name}`).toEqual([]);
  }
}
