import { expect, test } from '@playwright/test';
import { createPerson, expectAccessible, signIn } from './support/helpers';

test('a person edits their profile, picks a manager by search, and colleagues find them in the directory', async ({
  browser,
  request,
}) => {
  const manager = await createPerson(request, 'Magda Manager');
  const person = await createPerson(request, 'Pat Profile');
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, person);
  await page.getByRole('link', { name: 'Edit profile' }).click();
  await expect(page.getByRole('heading', { name: 'Edit your profile', level: 1 })).toBeVisible();
  await page.getByLabel('Title').fill('Quality Lead');
  await page.getByLabel('Department').fill('Assurance');
  await page.getByLabel('Manager').fill('Magda');
  await page.getByRole('button', { name: 'Choose' }).click();
  await expect(page.getByText(manager.name, { exact: true })).toBeVisible();
  await expectAccessible(page, 'edit profile');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Your profile is saved.')).toBeVisible();
  await context.close();

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await signIn(other, manager);
  await other.getByRole('link', { name: 'People' }).click();
  await other.getByLabel('Search people').fill('Quality Lead');
  await other.getByRole('link', { name: person.name }).click();
  await expect(other.getByRole('heading', { name: person.name, level: 1 })).toBeVisible();
  await expect(other.getByText('Reports to')).toContainText(manager.name);
  await expectAccessible(other, 'profile');
  await colleague.close();
});
