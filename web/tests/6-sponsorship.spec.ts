import { formatEther } from 'viem';
import { demo, expect, test } from './fixtures';
import { shortResidentCode } from '../src/lib/passkey/resident-code';

/** Wei in whole ETH as the audit page writes amounts of the chain's currency (English). */
function ether(wei: bigint): string {
  const units = Number(formatEther(wei));
  return `${new Intl.NumberFormat('en', units >= 1 ? { maximumFractionDigits: 4 } : { maximumSignificantDigits: 4 }).format(units)} ETH`;
}

// The demo city's server pays for residents' actions: the audit page shows its real policy and
// account (as the server answers them), plainly, on a phone.
test("the audit page shows what the demo city pays for residents, from its server, on a phone, without errors", async ({ app, page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const server = demo().serverUrl || demo().url;
  const policy = (await (await page.request.get(`${server}/sponsorship/policy`)).json()) as { enabled: boolean; budgetWei: string; budgetLeftWei: string };
  expect(policy.enabled, 'the demo city turns sponsorship on').toBe(true);
  const { summary } = (await (await page.request.get(`${server}/sponsorship/actions`)).json()) as { summary: { count: number; paidWei: string } };
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open('/audit');
  const section = page.getByTestId('sponsored-actions');
  await expect(section.getByRole('heading', { name: 'What the city paid for residents' })).toBeVisible();
  await expect(section.getByTestId('sponsored-off')).toHaveCount(0);
  await expect(section).toContainText(`Actions paid for${summary.count}`);
  await expect(section).toContainText(`Fees paid${ether(BigInt(summary.paidWei))}`);
  await expect(section).toContainText(`Budget left${ether(BigInt(policy.budgetLeftWei))} of ${ether(BigInt(policy.budgetWei))}`);
  if (summary.count === 0) await expect(section).toContainText('The city has not paid for any action yet.');
  await expect(section.getByRole('alert')).toHaveCount(0);
  // Plain words for residents; the paymaster and gas are only in the council's technical details, folded away.
  const details = section.locator('details');
  await expect(details).toHaveCount(1);
  await expect(details).not.toHaveAttribute('open');
  const plain = await section.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('details').forEach((folded) => folded.remove());
    return copy.textContent ?? '';
  });
  expect(plain).not.toMatch(/gas|paymaster/i);
  expect(plain).toContain('Actions paid for');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.check('audit-sponsorship-demo');
  expect(errors).toEqual([]);
});

// A city whose server does not pay (its answer stood in for) says so in plain words.
test('the audit page says when the city does not pay fees for residents', async ({ app, page }) => {
  await page.route('**/sponsorship/policy', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...((await response.json()) as object), enabled: false, ready: false, unavailableReason: null } });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open('/audit');
  const section = page.getByTestId('sponsored-actions');
  await expect(section.getByTestId('sponsored-off')).toHaveText('The city does not pay fees for residents at the moment.');
  await expect(section.getByTestId('sponsored-list')).toHaveCount(0);
  await expect(section.getByRole('alert')).toHaveCount(0);
  await app.check('audit-sponsorship-off');
});

// With sponsorship on (the server's answers stood in for): totals, then each action in plain words.
test('the audit page lists what the city paid for, with names and components, never a full address', async ({ app, page }) => {
  const config = (await (await page.request.get(`${demo().url}/config.json`)).json()) as {
    polity: Record<string, string>;
    demo: { people: { name: string; address: string }[] };
  };
  const person = config.demo.people[0]!;
  const stranger = '0x00000000000000000000000000000000000000aB';
  const period = { start: '2026-12-01T00:00:00.000Z', end: '2026-12-31T00:00:00.000Z' };
  const action = (id: number, account: string, target: string, status: string, paidWei: string | null) => ({
    id,
    status,
    account,
    userOperationHash: `0x${String(id).padStart(64, '0')}`,
    targets: [target],
    selectors: ['0x56781388'],
    maxCostWei: '2000000000000000',
    approvedAt: '2026-12-04T10:00:00.000Z',
    validUntil: '2026-12-04T10:10:00.000Z',
    transactionHash: paidWei ? `0x${'cd'.repeat(32)}` : null,
    gasUsed: paidWei ? '180000' : null,
    paidWei,
  });
  await page.route('**/sponsorship/policy', (route) =>
    route.fulfill({
      json: {
        enabled: true, ready: true, unavailableReason: null, chainId: 31337, entryPoint: '0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108',
        paymaster: '0x1111111111111111111111111111111111111111', accountFactory: null, contracts: [], dailyQuotaPerResident: 20,
        budgetWei: '1000000000000000000', periodDays: 30, period, budgetCommittedWei: '3250000000000000', budgetLeftWei: '996750000000000000',
        maxCostPerActionWei: null, validForSeconds: 600,
      },
    }),
  );
  await page.route('**/sponsorship/actions*', (route) =>
    route.fulfill({
      json: {
        actions: [action(2, person.address, config.polity.governor!, 'paid', '1250000000000000'), action(1, stranger, config.polity.rounds!, 'awaiting', null)],
        nextCursor: null,
        summary: { period, count: 2, maxCostWei: '4000000000000000', paidWei: '1250000000000000', settled: 1 },
      },
    }),
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open('/audit');
  const section = page.getByTestId('sponsored-actions');
  await expect(section).toContainText('Actions paid for2');
  await expect(section).toContainText('0.00125 ETH');
  await expect(section).toContainText('0.9968 ETH');
  const rows = section.getByTestId('sponsored-list').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(person.name);
  await expect(rows.nth(0)).toContainText('Proposals and votes');
  await expect(rows.nth(0)).toContainText('Paid');
  // Someone not in the directory: the start of their resident's code, never hex.
  await expect(rows.nth(1)).toContainText(shortResidentCode(stranger));
  await expect(rows.nth(1)).toContainText('Budget rounds');
  await expect(rows.nth(1)).toContainText('Waiting for the network');
  await expect(rows.nth(1)).toContainText('up to 0.002 ETH');
  await expect(section.getByTestId('sponsored-list')).not.toContainText(new RegExp(stranger.slice(2), 'i'));
  await expect(section.getByTestId('sponsored-list')).not.toContainText(new RegExp(person.address.slice(2), 'i'));
  await app.check('audit-sponsorship-on');
});
