import { expect, test } from '@playwright/test';
import { ADMIN } from './support/global-setup';
import { createPerson, expectAccessible, signIn } from './support/helpers';

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
