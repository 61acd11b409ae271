import { expect, Page, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ADMIN } from './support/global-setup';
import { createPerson, expectAccessible, gql, Person, signIn, tokenOf } from './support/helpers';

const idOf = async (request: Parameters<typeof tokenOf>[0], token: string) =>
  (await gql<{ me: { id: string } }>(request, '{ me { id } }', {}, token)).me.id;

/** The list item of a question, found by its text. */
const questionItem = (page: Page, text: string) =>
  page.getByRole('listitem').filter({ hasText: text }).first();

test('a town hall: an employee asks anonymously, a moderator publishes, colleagues vote, the host answers live, and the asker sees it answered without reloading', async ({
  browser,
  request,
}) => {
  const stamp = Date.now();
  const host = await createPerson(request, 'Hana Host');
  const moderator = await createPerson(request, `Mo Moderator ${stamp}`);
  const employee = await createPerson(request, 'Emma Employee');
  const colleague = await createPerson(request, 'Colin Colleague');
  const other = await createPerson(request, 'Olga Other');

  // The admin makes the host HR, who may hold town halls for the whole organisation.
  const adminToken = await tokenOf(request, { ...ADMIN, name: 'E2E Admin' });
  const hostToken = await tokenOf(request, host);
  await gql(
    request,
    'mutation($i: ChangeOrgRoleInput!) { changeOrgRole(input: $i) { orgRole } }',
    { i: { userId: await idOf(request, hostToken), orgRole: 'HR' } },
    adminToken,
  );

  const open = async (person: Person) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, person);
    return { context, page };
  };

  // HR creates the town hall from the list, choosing a moderator by searching for them.
  const draftTitle = `All hands ${stamp}`;
  const title = `All-hands ${stamp}`;
  const hana = await open(host);
  await hana.page.getByRole('link', { name: 'Town halls', exact: true }).click();
  await expect(hana.page.getByRole('heading', { name: 'Town halls', level: 1 })).toBeVisible();
  await hana.page.getByRole('button', { name: 'New town hall' }).click();
  const form = hana.page.getByRole('dialog', { name: 'New town hall' });
  await form.getByLabel('Title').fill(draftTitle);
  await form.getByLabel('Description').fill('Ask the leadership team anything.');
  await expect(form.getByLabel('Audience')).toHaveValue('');
  await expect(form.getByRole('button', { name: 'Remove Hana Host' })).toBeVisible();
  await form.getByLabel('Find people for “Moderators”').fill(moderator.name);
  await form.getByRole('button', { name: `Add ${moderator.name}` }).click();
  await expect(form.getByRole('button', { name: `Remove ${moderator.name}` })).toBeVisible();
  await form.getByLabel('Votes per person').fill('3');
  await expectAccessible(hana.page, 'new town hall form');
  await form.getByRole('button', { name: 'Create town hall' }).click();
  await expect(hana.page.getByRole('heading', { name: draftTitle, level: 1 })).toBeVisible();

  // She corrects the title: the dialog opens prefilled, and the page shows the new one.
  await hana.page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = hana.page.getByRole('dialog', { name: 'Edit town hall' });
  await expect(edit.getByLabel('Title')).toHaveValue(draftTitle);
  await expect(edit.getByLabel('Votes per person')).toHaveValue('3');
  await expect(edit.getByText('The audience cannot be changed')).toBeVisible();
  await expectAccessible(hana.page, 'edit town hall form');
  await edit.getByLabel('Title').fill(title);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(hana.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(hana.page.getByText('Draft', { exact: true })).toBeVisible();
  const address = new URL(hana.page.url()).pathname;
  expect(address).toMatch(/^\/town-halls\/[\w-]+$/);
  await hana.page.getByRole('button', { name: 'Open for questions' }).click();
  await expect(hana.page.getByText('Open for questions', { exact: true })).toBeVisible();

  // The employee asks anonymously; it waits for a moderator, and "Mine" says so.
  const emma = await open(employee);
  await emma.page.goto(address);
  await expect(emma.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(emma.page.getByText('No questions yet. Be the first to ask.')).toBeVisible();
  const body = `Will Fridays stay remote next year? ${stamp}`;
  await emma.page.getByLabel('Your question').fill(body);
  await emma.page.getByRole('checkbox', { name: 'Ask anonymously' }).check();
  await emma.page.getByRole('button', { name: 'Ask anonymously' }).click();
  await expect(emma.page.getByText(/Your question is waiting for a moderator/)).toBeVisible();
  await emma.page.getByRole('button', { name: 'Mine' }).click();
  const mine = questionItem(emma.page, body);
  await expect(mine.getByText('Waiting for a moderator')).toBeVisible();
  await expect(mine.getByText('Anonymous')).toBeVisible();
  await expect(mine).not.toContainText(employee.name);
  await expectAccessible(emma.page, 'town hall page with the ask box');

  // The moderator publishes it from the queue, where it shows no name either.
  const mo = await open(moderator);
  await mo.page.goto(`${address}?tab=moderation`);
  const pending = questionItem(mo.page, body);
  await expect(pending.getByText('Anonymous')).toBeVisible();
  await expect(pending).not.toContainText(employee.name);
  await expectAccessible(mo.page, 'moderation queue');
  await pending.getByRole('button', { name: /^Publish/ }).click();
  await expect(mo.page.getByText('Nothing is waiting')).toBeVisible();

  // The employee sees it published, live.
  await expect(mine.getByText('Published', { exact: true })).toBeVisible();

  // A colleague votes for it: the button is pressed and counts; another vote arrives live.
  const colin = await open(colleague);
  await colin.page.goto(address);
  const ranked = questionItem(colin.page, body);
  await expect(ranked.getByText('Anonymous')).toBeVisible();
  await expect(colin.page.getByText('3 votes left')).toBeVisible();
  await ranked.getByRole('button', { name: 'Up-vote, 0 votes' }).click();
  const vote = ranked.getByRole('button', { name: /^Up-vote/ });
  await expect(vote).toHaveAttribute('aria-pressed', 'true');
  await expect(vote).toHaveAccessibleName('Up-vote, 1 vote');
  await expect(colin.page.getByText('2 votes left')).toBeVisible();
  const { townHall } = await gql<{
    townHall: { questions: { edges: Array<{ node: { id: string; body: string } }> } };
  }>(
    request,
    'query($id: ID!) { townHall(id: $id) { questions(order: TOP) { edges { node { id body } } } } }',
    { id: address.split('/').pop() },
    await tokenOf(request, other),
  );
  const questionId = townHall.questions.edges.find((e) => e.node.body === body)?.node.id;
  expect(questionId).toBeTruthy();
  await gql(
    request,
    'mutation($id: ID!) { voteTownHallQuestion(id: $id, up: true) { voteCount } }',
    { id: questionId },
    await tokenOf(request, other),
  );
  await expect(vote).toHaveAccessibleName('Up-vote, 2 votes');
  await expectAccessible(colin.page, 'ranked questions after voting');

  // The host goes live in the presenter view, takes the question, and answers it live.
  await hana.page.getByRole('link', { name: 'Presenter view' }).click();
  await expect(hana.page).toHaveURL(new RegExp(`${address}/present$`));
  await hana.page.getByRole('button', { name: 'Go live' }).click();
  const next = hana.page.getByRole('region', { name: 'Next by votes' });
  await expect(next.getByText(body)).toBeVisible();
  await expect(next.getByText('Anonymous · 2 votes')).toBeVisible();
  await expectAccessible(hana.page, 'presenter view');
  await next.getByRole('button', { name: 'Answering now' }).click();
  const now = hana.page.getByRole('region', { name: 'Now answering' });
  await expect(now.getByText(body)).toBeVisible();

  // Everyone on the page sees what is being answered, live.
  await expect(emma.page.getByRole('region', { name: 'Answering now' })).toContainText(body);
  await expect(mine.getByText('Answering now')).toBeVisible();

  await now.getByRole('button', { name: 'Answered live' }).click();
  await expect(hana.page.getByText('Marked as answered live.')).toBeVisible();
  await expect(now.getByText('Nothing is being answered.')).toBeVisible();

  // The employee sees it answered, without reloading.
  await expect(mine.getByText('Answered live')).toBeVisible();
  await expect(emma.page.getByRole('region', { name: 'Answering now' })).toBeHidden();
  await emma.page.getByRole('button', { name: 'Answered', exact: true }).click();
  await expect(questionItem(emma.page, body).getByText('Answered live')).toBeVisible();

  // The summary counts it.
  await emma.page.getByRole('link', { name: 'Summary' }).click();
  await expect(emma.page.getByRole('heading', { name: `Summary: ${title}` })).toBeVisible();
  const figure = (label: string) =>
    emma.page.locator('.h-figure').filter({ has: emma.page.getByText(label, { exact: true }) });
  await expect(figure('Answered live')).toContainText('1');
  await expect(figure('Received')).toContainText('1');
  await expect(emma.page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await expectAccessible(emma.page, 'summary');

  for (const ctx of [hana, emma, mo, colin]) await ctx.context.close();
});

test('the town-hall page fits a phone, and the host downloads the CSV from the summary', async ({
  browser,
  request,
}) => {
  const stamp = Date.now();
  const host = await createPerson(request, 'Pia Phone');
  const adminToken = await tokenOf(request, { ...ADMIN, name: 'E2E Admin' });
  const hostToken = await tokenOf(request, host);
  const title = `Phone town hall ${stamp}`;
  const { createTownHall } = await gql<{ createTownHall: { id: string } }>(
    request,
    'mutation($i: CreateTownHallInput!) { createTownHall(input: $i) { id } }',
    {
      i: {
        title,
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 7_200_000).toISOString(),
        hostIds: [await idOf(request, hostToken)],
        preModerated: false,
      },
    },
    adminToken,
  );
  await gql(
    request,
    'mutation($id: ID!) { setTownHallState(id: $id, state: OPEN) { state } }',
    { id: createTownHall.id },
    adminToken,
  );
  await gql(
    request,
    'mutation($id: ID!, $b: String!) { askTownHallQuestion(townHallId: $id, body: $b) { id } }',
    { id: createTownHall.id, b: 'What will change for the support team this quarter?' },
    hostToken,
  );

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, host);
  await page.goto(`/town-halls/${createTownHall.id}`);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByLabel('Your question')).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'town hall on a phone');

  await page.goto(`/town-halls/${createTownHall.id}/present`);
  await expect(page.getByRole('region', { name: 'Next by votes' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.goto(`/town-halls/${createTownHall.id}/summary`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^phone-town-hall-\d+-questions\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv).toContain('What will change for the support team this quarter?');
  await context.close();
});
