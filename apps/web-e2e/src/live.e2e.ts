import { expect, Locator, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { API_LOG } from './support/global-setup';
import { createPerson, expectAccessible, gql, signIn, tokenOf } from './support/helpers';

/** The address the API printed when it started (as `npm start` prints it), with no PUBLIC_URL set. */
const printedUrl = (): string | undefined =>
  /Hearth is running at (\S+) on/.exec(readFileSync(API_LOG, 'utf8'))?.[1];

const postCard = (page: Page, text: string) =>
  page
    .locator('article.h-post')
    .filter({ has: page.getByText(text, { exact: false }) })
    .first();

test('things appear live at the printed address: a post behind "1 new post", a comment and a reaction in place, a mention on the bell, then the post page, without reloading', async ({
  browser,
  request,
  baseURL,
}) => {
  // Every page here is opened at exactly the address the server printed (127.0.0.1, not localhost).
  // (Several API processes: the line comes once all of them listen.)
  await expect.poll(printedUrl, { timeout: 30_000 }).toBe(baseURL);
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

  // Nothing so far concerns Ben (Ana's own post, her comment and reaction on it): his bell is quiet.
  const bell = benPage.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toHaveAccessibleName('Notifications, 0 unread');

  // Ben replies to Ana's comment, which opens the thread for him; Ana's reply then joins it, live.
  const reply = async (card: Locator, page: Page, under: string, text: string) => {
    await card
      .locator('article')
      .filter({ hasText: under })
      .first()
      .getByRole('button', { name: 'Reply', exact: true })
      .first()
      .click();
    await card.getByLabel('Write a reply').fill(text);
    await card
      .locator('form')
      .filter({ has: page.getByLabel('Write a reply') })
      .getByRole('button', { name: 'Reply', exact: true })
      .click();
    await expect(card.getByText(text)).toBeVisible();
  };
  await reply(benCard, benPage, 'First true leaves tomorrow.', 'I will bring a watering can.');
  await reply(anaCard, anaPage, 'First true leaves tomorrow.', 'Lovely, see you there.');
  await expect(benCard.getByText('Lovely, see you there.')).toBeVisible();
  await expectAccessible(benPage, 'an open thread, changed live');

  // Ana mentions him in a comment: his bell counts it, live.
  const box = anaCard.getByLabel('Write a comment');
  await box.fill('Thanks for the seeds, ');
  await box.pressSequentially('@Ben Wat');
  await anaPage.getByRole('option', { name: /Ben Watching/ }).click();
  await box.pressSequentially('can you water them on Sunday?');
  await anaCard.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(anaCard.getByText('can you water them on Sunday?')).toBeVisible();
  await expect(bell).toHaveAccessibleName('Notifications, 1 unread', { timeout: 15_000 });

  // The panel lists it; following it opens the post and marks it read.
  await bell.click();
  const panel = benPage.getByRole('dialog', { name: 'Notifications' });
  await expect(panel).toBeFocused();
  const item = panel.getByRole('link', { name: `Unread: Ana Live mentioned you in ${name}` });
  await expect(item).toBeVisible();
  await expectAccessible(benPage, 'notification panel open');
  await item.click();
  // A mention in a comment opens the post on that comment.
  await expect(benPage).toHaveURL(/\/posts\/[\w-]+\?comment=[\w-]+$/);
  await expect(panel).toBeHidden();
  const linked = benPage.getByRole('article', {
    name: 'Comment by Ana Live, the one you followed',
  });
  await expect(linked).toBeFocused();
  await expect(linked).toContainText('can you water them on Sunday?');
  await expect(bell).toHaveAccessibleName('Notifications, 0 unread');
  await bell.click();
  await expect(panel.getByRole('link', { name: /mentioned you/ })).not.toHaveAccessibleName(
    /^Unread/,
  );
  await benPage.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(bell).toBeFocused();

  // The post page (where notifications lead) is live too: a new comment and a changed reaction.
  await expect(benPage).toHaveURL(new RegExp(`^${baseURL}/posts/`));
  const page = benPage.getByRole('main');
  await anaCard.getByLabel('Write a comment').fill('Sunday at ten, then.');
  await anaCard.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.getByText('Sunday at ten, then.')).toBeVisible();
  await anaCard.getByRole('button', { name: 'Choose a reaction' }).first().click();
  await anaCard
    .getByRole('toolbar', { name: 'Reactions' })
    .getByRole('button', { name: 'Love' })
    .click();
  await expect(page.getByText(/1 love/i).first()).toBeVisible();
  await expect(benPage.getByRole('status').filter({ hasText: 'Reconnecting' })).toHaveCount(0);

  await anaContext.close();
  await benContext.close();
});

test('notification settings: a group level and a muted kind save at once and stay after a reload', async ({
  page,
  request,
}) => {
  const cleo = await createPerson(request, 'Cleo Settings');
  const name = `Quiet Corner ${Date.now()}`;
  await gql(
    request,
    'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }',
    { i: { name, description: 'Shh.', category: 'INTEREST', visibility: 'OPEN' } },
    await tokenOf(request, cleo),
  );
  await signIn(page, cleo);

  // From the bell: nothing yet, and the way to the settings.
  const bell = page.getByRole('button', { name: 'Notifications, 0 unread' });
  await bell.click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await expect(panel.getByText("You're all caught up")).toBeVisible();
  await panel.getByRole('link', { name: 'Notification settings' }).click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await expect(panel).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'Notification settings', level: 1 }),
  ).toBeVisible();

  const level = page.getByRole('combobox', { name, exact: true });
  await expect(level).toHaveValue('HIGHLIGHTS');
  await level.selectOption({ label: 'All activity' });
  const levelRow = page.getByRole('listitem').filter({ has: level });
  await expect(levelRow.getByRole('status')).toHaveText(/Saved: All activity/);

  const reactions = page.getByRole('checkbox', { name: 'Reactions', exact: true });
  await expect(reactions).toBeChecked();
  await reactions.uncheck();
  const reactionsRow = page.getByRole('listitem').filter({ has: reactions });
  await expect(reactionsRow.getByRole('status')).toHaveText(/Saved/);
  await expectAccessible(page, 'notification settings');

  await page.reload();
  await expect(page.getByRole('combobox', { name, exact: true })).toHaveValue('ALL');
  await expect(page.getByRole('checkbox', { name: 'Reactions', exact: true })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Mentions', exact: true })).toBeChecked();

  // On a phone the bell stays in the header and its panel fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await bell.click();
  await expect(panel).toBeVisible();
  const box = await panel.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'notification panel on a phone');
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
  let refused = 0;
  const open: { close: (o?: { code?: number }) => Promise<void> }[] = [];
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (!networkUp) {
      refused++;
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
  // Ben is told, quietly, and the client keeps trying (here refused each time).
  const reconnecting = page.getByRole('status').filter({ hasText: 'Reconnecting…' });
  await expect(reconnecting).toBeVisible();
  await expectAccessible(page, 'reconnecting');
  await expect.poll(() => refused, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect(card.getByText('Stuck in the tunnel')).toHaveCount(0);

  // It comes back: the client reconnects and reads the page again.
  networkUp = true;
  await expect(card.getByText('Stuck in the tunnel, twenty minutes late.')).toBeVisible({
    timeout: 40_000,
  });
  await expect(reconnecting).toHaveCount(0);
  await context.close();
});
