import { expect, test } from '@playwright/test';
import { createPerson, expectAccessible, gql, signIn, tokenOf } from './support/helpers';

test('a CLOSED group: create with a question, request with an answer, approve, appears in My groups', async ({
  browser,
  request,
}) => {
  const owner = await createPerson(request, 'Olive Owner');
  const joiner = await createPerson(request, 'Jay Joiner');
  const groupName = `Quiet Readers ${Date.now()}`;

  // The owner creates a CLOSED group with a membership question.
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, owner);
  await expectAccessible(ownerPage, 'my groups');
  await ownerPage.getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(ownerPage.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await ownerPage.getByRole('button', { name: 'Create group' }).first().click();
  const dialog = ownerPage.getByRole('dialog', { name: 'Create a group' });
  await dialog.getByLabel('Name').fill(groupName);
  await dialog.getByLabel('Description').fill('We read quietly together.');
  await dialog.getByLabel('Closed').check();
  await dialog.getByRole('button', { name: 'Add a question' }).click();
  await dialog.getByRole('textbox', { name: 'Question 1' }).fill('What are you reading?');
  await expectAccessible(ownerPage, 'create-group dialog');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(ownerPage.getByRole('heading', { name: groupName, level: 1 })).toBeVisible();
  await expect(ownerPage.getByText('You are owner')).toBeVisible();
  await ownerPage.getByRole('tab', { name: 'Requests' }).click();
  await expect(ownerPage.getByText('No pending requests')).toBeVisible();

  // A second person finds it and asks to join with an answer.
  const joinerContext = await browser.newContext();
  const joinerPage = await joinerContext.newPage();
  await signIn(joinerPage, joiner);
  await joinerPage.getByRole('link', { name: 'Groups', exact: true }).click();
  await joinerPage.getByLabel('Search groups').fill(groupName);
  await joinerPage.getByRole('link', { name: groupName }).click();
  await expect(joinerPage.getByRole('heading', { name: groupName, level: 1 })).toBeVisible();
  await expectAccessible(joinerPage, 'group page (non-member)');
  await joinerPage.getByRole('button', { name: 'Ask to join' }).click();
  const ask = joinerPage.getByRole('dialog', { name: `Ask to join ${groupName}` });
  await ask.getByRole('button', { name: 'Send request' }).click();
  await expect(ask.getByText('Please answer this question.')).toBeVisible();
  await ask.getByLabel('What are you reading?').fill('Middlemarch, slowly.');
  await ask.getByRole('button', { name: 'Send request' }).click();
  await expect(joinerPage.getByText('Your request is waiting for approval.')).toBeVisible();

  // The request appears on the owner's Requests tab live; they approve it, seeing the answer.
  await expect(ownerPage.getByText('Middlemarch, slowly.')).toBeVisible();
  await expectAccessible(ownerPage, 'requests tab');
  await ownerPage.getByRole('button', { name: `Approve ${joiner.name}` }).click();
  await expect(ownerPage.getByText('No pending requests')).toBeVisible();

  // The second person now has it in My groups.
  await joinerPage.getByRole('link', { name: 'My groups' }).click();
  await expect(joinerPage.getByRole('link', { name: groupName })).toBeVisible();
  await ownerContext.close();
  await joinerContext.close();
});

test('a SECRET group is invisible to a non-member in the directory and by address', async ({
  browser,
  request,
}) => {
  const owner = await createPerson(request, 'Sam Secret');
  const outsider = await createPerson(request, 'Otto Outsider');
  const name = `Hidden Circle ${Date.now()}`;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, owner);
  await page.getByRole('link', { name: 'My groups' }).click();
  await page.getByRole('button', { name: 'Create group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a group' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Secret').check();
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const address = new URL(page.url()).pathname;
  await ctx.close();

  const other = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const p2 = await other.newPage();
  await signIn(p2, outsider);
  await p2.goto('/groups');
  await p2.getByLabel('Search groups').fill(name);
  await expect(p2.getByText('No groups match')).toBeVisible();
  await expectAccessible(p2, 'directory at 375 px');
  await p2.goto(address);
  await expect(p2.getByRole('heading', { name: 'Group not found' })).toBeVisible();
  await other.close();
});

test('sign-in page: accessible, and a wrong password is answered kindly', async ({ page }) => {
  await page.goto('/sign-in');
  await expectAccessible(page, 'sign-in');
  await page.getByLabel('Email').fill('nobody@example.test');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');
});

test('My groups on a phone: 22 invitations read with Load more, one accepted and one declined in place, a request waiting', async ({
  browser,
  request,
}) => {
  const owner = await createPerson(request, 'Ines Inviter');
  const guest = await createPerson(request, 'Gil Guest');
  const ownerToken = await tokenOf(request, owner);
  const guestToken = await tokenOf(request, guest);
  const { me } = await gql<{ me: { id: string } }>(request, '{ me { id } }', {}, guestToken);
  const stamp = Date.now();
  const names: string[] = [];
  for (let i = 1; i <= 23; i++) {
    const name = `Invite ${String(i).padStart(2, '0')} ${stamp}`;
    const { createGroup } = await gql<{ createGroup: { id: string } }>(
      request,
      'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }',
      { i: { name, category: 'INTEREST', visibility: i === 23 ? 'CLOSED' : 'OPEN' } },
      ownerToken,
    );
    if (i === 23) {
      // The last one the guest asks to join instead.
      await gql(
        request,
        'mutation($i: RequestToJoinGroupInput!) { requestToJoinGroup(input: $i) { id } }',
        { i: { groupId: createGroup.id } },
        guestToken,
      );
    } else {
      await gql(
        request,
        'mutation($i: InviteToGroupInput!) { inviteToGroup(input: $i) { id } }',
        { i: { groupId: createGroup.id, userIds: [me.id] } },
        ownerToken,
      );
      names.push(name);
    }
  }

  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await ctx.newPage();
  await signIn(page, guest);
  await page.goto('/my-groups');
  const invitations = page.getByRole('region', { name: 'Invitations (22)' });
  await expect(invitations.getByRole('button', { name: /^Accept the invitation/ })).toHaveCount(20);
  await expect(page.getByRole('region', { name: 'Waiting for approval (1)' })).toContainText(
    `Invite 23 ${stamp}`,
  );
  await expect(page.getByRole('heading', { name: 'Groups you are in (0)' })).toBeVisible();
  await expectAccessible(page, 'my groups with invitations at 375 px');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // Latest first: the two oldest invitations come with Load more.
  await invitations.getByRole('button', { name: 'Load more' }).click();
  await expect(invitations.getByRole('button', { name: /^Accept the invitation/ })).toHaveCount(22);
  await invitations.getByRole('button', { name: `Accept the invitation to ${names[0]}` }).click();
  const left = page.getByRole('region', { name: 'Invitations (21)' });
  await expect(left.getByRole('button', { name: /^Accept the invitation/ })).toHaveCount(21);
  await expect(page.getByRole('heading', { name: 'Groups you are in (1)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Groups you are in (1)' })).toContainText(
    names[0]!,
  );
  await left.getByRole('button', { name: `Decline the invitation to ${names[5]}` }).click();
  await expect(
    page
      .getByRole('region', { name: 'Invitations (20)' })
      .getByRole('button', { name: /^Accept the invitation/ }),
  ).toHaveCount(20);
  await expect(page.getByText(names[5]!)).toHaveCount(0);
  // After a reload the answers hold.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Invitations (20)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Groups you are in (1)' })).toBeVisible();
  await ctx.close();
});
