import { expect, Page, test } from '@playwright/test';
import { createPerson, expectAccessible, gql, signIn, tokenOf } from './support/helpers';

const postCard = (page: Page, text: string) =>
  page
    .locator('article.h-post')
    .filter({ has: page.getByText(text, { exact: false }) })
    .first();

test('things appear live: a post behind "1 new post", then a comment and a reaction in place, without reloading', async ({
  browser,
  request,
}) => {
  const ana = await createPerson(request, 'Ana Live');
  const ben = await createPerson(request, 'Ben Watching');
  const anaToken = await tokenOf(request, ana);
  const name = `Live Club ${Date.now()}`;
  const { createGroup } = await gql<{ createGroup: { id: string; slug: string } }>(
    request,
    'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id slug } }',
    { i: { name, description: 'Right now.', category: 'INTEREST', visibility: 'OPEN' } },
    anaToken,
  );
  await gql(
    request,
    'mutation($g: ID!) { joinGroup(input: { groupId: $g }) { id } }',
    { g: createGroup.id },
    await tokenOf(request, ben),
  );

  // Ben reads his home feed and the group page; nothing reloads from here on.
  const benContext = await browser.newContext();
  const benPage = await benContext.newPage();
  await signIn(benPage, ben);
  await expect(benPage.getByRole('heading', { level: 1 })).toBeVisible();

  const anaContext = await browser.newContext();
  const anaPage = await anaContext.newPage();
  await signIn(anaPage, ana);
  await anaPage.goto(`/groups/${createGroup.slug}`);
  await expect(anaPage.getByRole('heading', { name, level: 1 })).toBeVisible();
  await anaPage.getByLabel('Your post').fill('Live from the club: seedlings are up!');
  await anaPage.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postCard(anaPage, 'seedlings are up')).toBeVisible();

  // The new post waits behind a button, so what Ben reads does not move.
  const button = benPage.getByRole('button', { name: '1 new post' });
  await expect(button).toBeVisible();
  await expectAccessible(benPage, 'home feed with new posts waiting');
  await button.click();
  const benCard = postCard(benPage, 'seedlings are up');
  await expect(benCard).toBeVisible();

  // Ana comments and reacts: Ben's card changes in place.
  const anaCard = postCard(anaPage, 'seedlings are up');
  await anaCard.getByLabel('Write a comment').fill('First true leaves tomorrow.');
  await anaCard.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(benCard.getByText('First true leaves tomorrow.')).toBeVisible();
  await anaCard.getByRole('button', { name: 'Choose a reaction' }).first().click();
  await anaCard
    .getByRole('toolbar', { name: 'Reactions' })
    .getByRole('button', { name: 'Celebrate' })
    .click();
  await expect(benCard.getByText(/1 celebrate/i)).toBeVisible();

  await anaContext.close();
  await benContext.close();
});

test('after the connection drops, the page catches up on what it missed', async ({
  browser,
  request,
}) => {
  const ana = await createPerson(request, 'Ana Offline');
  const ben = await createPerson(request, 'Ben Reconnecting');
  const anaToken = await tokenOf(request, ana);
  const name = `Patchy Signal ${Date.now()}`;
  const { createGroup } = await gql<{ createGroup: { id: string; slug: string } }>(
    request,
    'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id slug } }',
    { i: { name, description: 'Tunnels.', category: 'INTEREST', visibility: 'OPEN' } },
    anaToken,
  );
  await gql(
    request,
    'mutation($g: ID!) { joinGroup(input: { groupId: $g }) { id } }',
    { g: createGroup.id },
    await tokenOf(request, ben),
  );
  const { createPost } = await gql<{ createPost: { id: string } }>(
    request,
    'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }',
    { i: { groupId: createGroup.id, body: 'Anyone on the train today?' } },
    anaToken,
  );

  // Ben's subscription socket goes through a switch the test controls.
  const context = await browser.newContext();
  const page = await context.newPage();
  let networkUp = true;
  const open: { close: (o?: { code?: number }) => Promise<void> }[] = [];
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (!networkUp) {
      void ws.close({ code: 1012 });
      return;
    }
    const server = ws.connectToServer();
    open.push(ws, server);
  });
  await signIn(page, ben);
  await page.goto(`/groups/${createGroup.slug}`);
  const card = postCard(page, 'Anyone on the train');
  await expect(card).toBeVisible();
  await expect.poll(() => open.length).toBeGreaterThan(0);

  // The network drops; a comment is written meanwhile, and no event can reach Ben.
  networkUp = false;
  await Promise.all(open.splice(0).map((s) => s.close({ code: 1012 })));
  await gql(
    request,
    'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
    { i: { postId: createPost.id, body: 'Stuck in the tunnel, twenty minutes late.' } },
    anaToken,
  );
  await page.waitForTimeout(1500);
  await expect(card.getByText('Stuck in the tunnel')).toHaveCount(0);

  // It comes back: the client reconnects and reads the page again.
  networkUp = true;
  await expect(card.getByText('Stuck in the tunnel, twenty minutes late.')).toBeVisible({
    timeout: 20_000,
  });
  await context.close();
});
