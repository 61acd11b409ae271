import { expect, test } from '@playwright/test';
import { ADMIN } from './support/global-setup';
import { createPerson, expectAccessible, signIn, sql } from './support/helpers';

test('an admin invites someone, sees the link, changes a role, and finds it in the audit log', async ({
  page,
  request,
}) => {
  const colleague = await createPerson(request, 'Rita Role');
  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'Admin', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Manage people', level: 1 })).toBeVisible();
  await expectAccessible(page, 'admin people');

  const email = `invitee.${Date.now()}@example.test`;
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await expect(page.getByRole('textbox', { name: 'Invitation link' })).toHaveValue(
    /\/invite\/[\w-]{20,}$/,
  );
  await expect(page.getByText(email)).toBeVisible();

  await page.getByLabel('Search people').fill('Rita Role');
  await page.getByLabel(`Role of ${colleague.name}`).selectOption('HR');
  await expect(page.getByLabel(`Role of ${colleague.name}`)).toHaveValue('HR');

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Org role changed' }).first()).toBeVisible();
  await expectAccessible(page, 'audit log');
});

test('an admin finds a job that kept failing, retries one and discards another, on a phone too', async ({
  browser,
}) => {
  // Jobs as a worker leaves them after failing every attempt (no user action makes one).
  const setAside = async (postId: string) =>
    (
      await sql<{ id: string }>(
        `INSERT INTO outbox_jobs (kind, payload, attempts, last_error, run_after)
         VALUES ('notify.post-published', $1::jsonb, 8, 'Error: connection terminated', now() + interval '1 hour')
         RETURNING id::text AS id`,
        [JSON.stringify({ postId })],
      )
    )[0]!.id;
  const first = await setAside('00000000-0000-4000-8000-000000000001');
  const second = await setAside('00000000-0000-4000-8000-000000000002');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, ADMIN);
  await page.goto('/admin/people');
  await page.getByRole('link', { name: 'Background jobs' }).click();
  await expect(page.getByRole('heading', { name: 'Background jobs', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Jobs set aside, latest first' });
  await expect(
    table.getByRole('row', { name: new RegExp(`#${second}, failed 8 times`) }),
  ).toContainText('Error: connection terminated');
  await expectAccessible(page, 'background jobs');
  // The wide table scrolls inside its box; the page itself fits the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole('button', { name: `Retry job ${first}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Job ${first}` })).toContainText(
    'is running again',
  );
  await page.getByRole('button', { name: `Discard job ${second}` }).click();
  await page
    .getByRole('dialog', { name: 'Discard this job?' })
    .getByRole('button', { name: 'Discard job' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `Job ${second}` })).toContainText(
    'was discarded',
  );
  // The retried one ran (its post is gone, so it told nobody) and the other is deleted.
  await expect(page.getByRole('heading', { name: 'Nothing set aside' })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await sql(`SELECT id FROM outbox_jobs WHERE id IN ($1, $2)`, [first, second])).length,
    )
    .toBe(0);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: 'Background job discarded' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Background job retried' }).first()).toBeVisible();
  await context.close();
});
