import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { createPerson, expectAccessible, gql, signIn, tokenOf } from './support/helpers';

async function openGroup(page: Page, slug: string, name: string) {
  await page.goto(`/groups/${slug}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** A post card (not the group page or a comment, which are articles too). */
const postCard = (page: Page, text: string) =>
  page
    .locator('article.h-post')
    .filter({ has: page.getByText(text, { exact: false }) })
    .first();

/**
 * An open group that `ownerToken`'s person creates and `memberToken`'s joins, with one post by the
 * owner: the start of the thread journeys below.
 */
async function groupWithPost(
  request: APIRequestContext,
  ownerToken: string,
  memberToken: string,
  name: string,
  body: string,
): Promise<{ slug: string; postId: string }> {
  const { createGroup } = await gql<{ createGroup: { id: string; slug: string } }>(
    request,
    'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id slug } }',
    { i: { name, description: 'Long conversations.', category: 'INTEREST', visibility: 'OPEN' } },
    ownerToken,
  );
  await gql(
    request,
    'mutation($g: ID!) { joinGroup(input: { groupId: $g }) { id } }',
    { g: createGroup.id },
    memberToken,
  );
  const { createPost } = await gql<{ createPost: { id: string } }>(
    request,
    'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }',
    { i: { groupId: createGroup.id, kind: 'DISCUSSION', body } },
    ownerToken,
  );
  return { slug: createGroup.slug, postId: createPost.id };
}

/** Adds a comment (or, with parentId, a reply) as the person of `token`; its id. */
async function addComment(
  request: APIRequestContext,
  token: string,
  postId: string,
  body: string,
  parentId?: string,
): Promise<string> {
  const { addComment } = await gql<{ addComment: { id: string } }>(
    request,
    'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
    { i: { postId, body, ...(parentId ? { parentId } : {}) } },
    token,
  );
  return addComment.id;
}

test('people talk in a group: a post, a comment and a reaction, an announcement acknowledged, a poll voted', async ({
  browser,
  request,
}) => {
  const ana = await createPerson(request, 'Ana Author');
  const ben = await createPerson(request, 'Ben Reader');
  const anaToken = await tokenOf(request, ana);
  const name = `Garden Club ${Date.now()}`;
  const { createGroup } = await gql<{ createGroup: { id: string; slug: string } }>(
    request,
    'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id slug } }',
    { i: { name, description: 'Plants and people.', category: 'INTEREST', visibility: 'OPEN' } },
    anaToken,
  );
  await gql(
    request,
    'mutation($g: ID!) { joinGroup(input: { groupId: $g }) { id } }',
    { g: createGroup.id },
    await tokenOf(request, ben),
  );

  // Ana posts in the group, with Markdown and a hashtag.
  const anaContext = await browser.newContext();
  const anaPage = await anaContext.newPage();
  await signIn(anaPage, ana);
  await openGroup(anaPage, createGroup.slug, name);
  // Until it is used, the composer is the kinds and one line; it opens when Ana starts writing.
  const postButton = anaPage.getByRole('button', { name: 'Post', exact: true });
  await expect(postButton).toBeHidden();
  await expect(anaPage.getByRole('tab', { name: 'Preview' })).toBeHidden();
  await anaPage.getByLabel('Your post').fill('Tomatoes are **finally** ripe! #harvest');
  await expect(postButton).toBeVisible();
  await anaPage.getByRole('tab', { name: 'Preview' }).click();
  await expect(
    anaPage.getByRole('tabpanel').locator('strong', { hasText: 'finally' }),
  ).toBeVisible();
  await anaPage.getByRole('button', { name: 'Post', exact: true }).click();
  const anaPost = postCard(anaPage, 'Tomatoes are');
  await expect(anaPost).toBeVisible();
  await expect(anaPost.getByRole('link', { name: '#harvest' })).toBeVisible();
  await expectAccessible(anaPage, 'group posts');

  // Ben comments and reacts.
  const benContext = await browser.newContext();
  const benPage = await benContext.newPage();
  await signIn(benPage, ben);
  const benPost = postCard(benPage, 'Tomatoes are');
  await expect(benPost).toBeVisible(); // on Ben's home feed
  // Once the card has been in view for a moment, Ben is counted among its viewers, at once.
  const seenText = (await benPost.getByText(/Seen by \d+$/).textContent()) ?? '';
  const seenBefore = Number(/Seen by (\d+)$/.exec(seenText)?.[1]);
  await expect(benPost.getByText(new RegExp(`Seen by ${seenBefore + 1}$`))).toBeVisible();
  await expectAccessible(benPage, 'home feed');
  await benPost.getByLabel('Write a comment').fill('Save me some, please!');
  await benPost.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(benPost.getByText('Save me some, please!')).toBeVisible();
  await benPost.getByRole('button', { name: 'Choose a reaction' }).first().click();
  await benPost
    .getByRole('toolbar', { name: 'Reactions' })
    .getByRole('button', { name: 'Love' })
    .click();
  await expect(benPost.getByText(/1 love/)).toBeVisible();

  // Ana sees both.
  await anaPage.reload();
  await expect(anaPost.getByText('Save me some, please!')).toBeVisible();
  await expect(anaPost.getByText(/1 love · Ben Reader/)).toBeVisible();

  // Ana announces and asks for acknowledgement.
  await anaPage.getByRole('button', { name: 'Announcement' }).click();
  await anaPage
    .getByLabel('Your post')
    .fill('Watering rota starts Monday. Please confirm you have read it.');
  await anaPage.getByLabel(/Ask members to acknowledge it/).check();
  await anaPage.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postCard(anaPage, 'Watering rota')).toBeVisible();

  // It is at the top of Ben's feed until he acknowledges it.
  await benPage.goto('/');
  const top = benPage.getByRole('region', { name: 'Pinned and announcements' });
  await expect(top.getByText('Watering rota starts Monday')).toBeVisible();
  await top.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(benPage.getByText('You acknowledged this announcement.')).toBeVisible();
  await benPage.reload();
  await expect(
    benPage.getByRole('region', { name: 'Posts' }).getByText('Watering rota starts Monday'),
  ).toBeVisible();
  await expect(benPage.getByRole('region', { name: 'Pinned and announcements' })).toHaveCount(0);

  // Ana sees who acknowledged.
  await anaPage.reload();
  await postCard(anaPage, 'Watering rota')
    .getByRole('button', { name: /Seen by/ })
    .click();
  await expect(anaPage.getByRole('dialog').getByText(/1 acknowledged/)).toBeVisible();
  await expect(
    anaPage
      .getByRole('dialog')
      .getByRole('region', { name: 'Acknowledged (1)' })
      .getByRole('link', { name: 'Ben Reader' }),
  ).toBeVisible();
  await expectAccessible(anaPage, 'seen by dialog');
  await anaPage.keyboard.press('Escape');
  await expect(anaPage.getByRole('dialog')).toHaveCount(0);

  // A poll: Ana asks, Ben votes and sees the results.
  await anaPage.getByRole('button', { name: 'Poll' }).click();
  await anaPage.getByLabel('Your poll question').fill('Which seeds next?');
  await anaPage.getByLabel('Option 1').fill('Basil');
  await anaPage.getByLabel('Option 2').fill('Chilli');
  await anaPage.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postCard(anaPage, 'Which seeds next?')).toBeVisible();
  await openGroup(benPage, createGroup.slug, name);
  const poll = postCard(benPage, 'Which seeds next?');
  await poll.getByLabel('Chilli').check();
  await poll.getByRole('button', { name: 'Vote' }).click();
  await expect(poll.getByRole('list', { name: 'Results' })).toContainText('Chilli (your vote)');
  await expect(poll.getByText('1 person voted')).toBeVisible();
  // The poll is not anonymous: who chose what is one click away.
  await poll.getByRole('button', { name: '1 vote for Chilli: see who' }).click();
  const voters = benPage.getByRole('dialog', { name: 'Chose “Chilli”' });
  await expect(voters.getByRole('link', { name: 'Ben Reader' })).toBeVisible();
  await expectAccessible(benPage, 'poll voters dialog');
  await benPage.keyboard.press('Escape');
  await expect(voters).toHaveCount(0);

  // On a phone-sized screen the feed still reads well and stays accessible.
  await benPage.setViewportSize({ width: 375, height: 800 });
  await benPage.goto('/');
  await expect(postCard(benPage, 'Tomatoes are')).toBeVisible();
  // The unused composer leaves room: the first post starts in the first screen.
  const composerBox = await benPage.getByRole('region', { name: 'Write a post' }).boundingBox();
  expect(composerBox?.height).toBeLessThan(200);
  const firstPost = await benPage.locator('article.h-post').first().boundingBox();
  expect(firstPost?.y).toBeLessThan(800);
  await expectAccessible(benPage, 'home feed at 375 px');
  await anaContext.close();
  await benContext.close();
});

test('a long thread opens on its latest comments, brings earlier ones and more replies, and shows a reply at once', async ({
  page,
  request,
}) => {
  const ana = await createPerson(request, 'Ana Host');
  const ben = await createPerson(request, 'Ben Talker');
  const anaToken = await tokenOf(request, ana);
  const benToken = await tokenOf(request, ben);
  const { slug, postId } = await groupWithPost(
    request,
    anaToken,
    benToken,
    `Book Club ${Date.now()}`,
    'What are you reading?',
  );
  let latest = '';
  for (let n = 1; n <= 70; n++)
    latest = await addComment(request, anaToken, postId, `Thread comment ${n}`);
  for (let n = 1; n <= 25; n++)
    await addComment(request, anaToken, postId, `Thread reply ${n}`, latest);

  await signIn(page, ben);
  await page.goto(`/groups/${slug}`);
  const post = postCard(page, 'What are you reading?');
  await post.getByRole('button', { name: 'View all 95 comments' }).click();
  const thread = post.getByRole('region', { name: 'Comments' });
  await expect(thread.getByText('Thread comment 21', { exact: true })).toBeVisible();
  await expect(thread.getByText('Thread comment 20', { exact: true })).toHaveCount(0);
  await expect(thread.getByText('Thread reply 20', { exact: true })).toBeVisible();
  await expect(thread.getByText('Thread reply 21', { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'an open thread');

  await thread.getByRole('button', { name: 'View earlier comments' }).click();
  await expect(thread.getByText('Thread comment 1', { exact: true })).toBeVisible();
  await expect(thread.getByRole('button', { name: 'View earlier comments' })).toHaveCount(0);
  await thread.getByRole('button', { name: 'View 5 more replies' }).click();
  await expect(thread.getByText('Thread reply 25', { exact: true })).toBeVisible();

  // Ben replies to the latest comment and comments: both show at once, the thread stays whole.
  const last = thread.locator('article').filter({ hasText: 'Thread comment 70' }).first();
  await last.getByRole('button', { name: 'Reply', exact: true }).first().click();
  await thread.getByLabel('Write a reply').fill('Ben’s reply');
  await thread
    .locator('form')
    .filter({ has: page.getByLabel('Write a reply') })
    .getByRole('button', { name: 'Reply', exact: true })
    .click();
  await expect(thread.getByText('Ben’s reply')).toBeVisible();
  await post.getByLabel('Write a comment').last().fill('Ben’s latest');
  await post.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(thread.getByText('Ben’s latest')).toBeVisible();
  await expect(thread.getByText('Thread comment 1', { exact: true })).toBeVisible();
  await expect(post.getByText(/^97 comments/)).toBeVisible();

  // On a phone-sized screen the open thread still reads well.
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page, 'an open thread at 375 px');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a notification about an early comment in a long thread opens the post on that comment', async ({
  page,
  request,
}) => {
  const ana = await createPerson(request, 'Ana Reader');
  const ben = await createPerson(request, 'Ben Linker');
  const anaToken = await tokenOf(request, ana);
  const benToken = await tokenOf(request, ben);
  const { me } = await gql<{ me: { id: string; displayName: string } }>(
    request,
    '{ me { id displayName } }',
    {},
    anaToken,
  );
  const name = `Handbook Club ${Date.now()}`;
  const { postId } = await groupWithPost(
    request,
    anaToken,
    benToken,
    name,
    'Who has read the handbook?',
  );
  const comment = (body: string) => addComment(request, benToken, postId, body);
  await comment('Handbook note 1');
  // The second of 62 comments mentions Ana: 60 more follow it.
  await comment(`Handbook note 2: @[${me.displayName}](${me.id}) see page 12`);
  for (let n = 3; n <= 62; n++) await comment(`Handbook note ${n}`);

  await signIn(page, ana);
  const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  await expect(bell).not.toHaveAccessibleName('Notifications, 0 unread', { timeout: 15_000 });
  await bell.click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await panel.getByRole('link', { name: `Unread: Ben Linker mentioned you in ${name}` }).click();
  await expect(page).toHaveURL(/\/posts\/[\w-]+\?comment=[\w-]+$/);

  // The thread is read back to it (its latest 50 did not hold it): shown, marked and focused.
  const linked = page.getByRole('article', {
    name: 'Comment by Ben Linker, the one you followed',
  });
  await expect(linked).toBeFocused();
  await expect(linked).toContainText('see page 12');
  await expect(linked).toBeInViewport();
  const thread = page.getByRole('region', { name: 'Comments' });
  await expect(thread.getByText('Handbook note 1', { exact: true })).toBeVisible();
  await expect(thread.getByText('Handbook note 62', { exact: true })).toBeAttached();
  await expect(thread.getByRole('button', { name: 'View earlier comments' })).toHaveCount(0);
  await expectAccessible(page, 'a post opened on a linked comment');

  // A link to a comment that is gone says so kindly, and the post still reads.
  await page.goto(`/posts/${postId}?comment=00000000-0000-4000-8000-000000000000`);
  await expect(page.getByText(/The comment you followed is not here any more/)).toBeVisible();
  await expect(page.getByText('Who has read the handbook?')).toBeVisible();
});

test('a notification about a late reply opens the post on it: the thread and the replies are both read back', async ({
  page,
  request,
}) => {
  const ana = await createPerson(request, 'Ana Asker');
  const ben = await createPerson(request, 'Ben Replier');
  const anaToken = await tokenOf(request, ana);
  const benToken = await tokenOf(request, ben);
  const name = `Reply Club ${Date.now()}`;
  const { postId } = await groupWithPost(request, anaToken, benToken, name, 'Ask me anything');
  const mine = await addComment(request, anaToken, postId, 'My early question');
  // 30 replies to it (a comment shows its first 20), then 55 comments after it (a thread opens on
  // its latest 50): the last reply is two readings away from what the post first shows.
  for (let n = 1; n <= 30; n++)
    await addComment(request, benToken, postId, `Answer part ${n}`, mine);
  for (let n = 1; n <= 55; n++) await addComment(request, benToken, postId, `Later note ${n}`);

  await signIn(page, ana);
  const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  await expect(bell).not.toHaveAccessibleName('Notifications, 0 unread', { timeout: 15_000 });
  await bell.click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await panel
    .getByRole('link', { name: `Unread: Ben Replier replied to your comment in ${name}` })
    .click();
  await expect(page).toHaveURL(/\/posts\/[\w-]+\?comment=[\w-]+$/);

  const linked = page.getByRole('article', {
    name: 'Comment by Ben Replier, the one you followed',
  });
  await expect(linked).toBeFocused();
  await expect(linked).toContainText('Answer part 30');
  await expect(linked).toBeInViewport();
  const thread = page.getByRole('region', { name: 'Comments' });
  await expect(thread.getByText('My early question', { exact: true })).toBeVisible();
  await expect(thread.getByText('Answer part 1', { exact: true })).toBeAttached();
  await expect(thread.getByRole('button', { name: /more repl/ })).toHaveCount(0);
  await expectAccessible(page, 'a post opened on a linked reply');
});

test('post approval: a member’s posts wait, a moderator approves one and rejects one with a reason the author sees', async ({
  browser,
  request,
}) => {
  const olga = await createPerson(request, 'Olga Moderator');
  const mia = await createPerson(request, 'Mia Member');
  const olgaToken = await tokenOf(request, olga);
  const name = `Swap Shop ${Date.now()}`;
  const { createGroup } = await gql<{ createGroup: { id: string; slug: string } }>(
    request,
    'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id slug } }',
    {
      i: {
        name,
        description: 'Posts are reviewed.',
        category: 'INTEREST',
        visibility: 'OPEN',
        postApproval: true,
      },
    },
    olgaToken,
  );
  await gql(
    request,
    'mutation($g: ID!) { joinGroup(input: { groupId: $g }) { id } }',
    { g: createGroup.id },
    await tokenOf(request, mia),
  );

  // Mia posts twice: each waits, shown only to her, marked as waiting.
  const miaContext = await browser.newContext();
  const miaPage = await miaContext.newPage();
  await signIn(miaPage, mia);
  await openGroup(miaPage, createGroup.slug, name);
  for (const body of ['Anyone up for a book swap on Friday?', 'Selling my bike, 50 euros']) {
    await miaPage.getByLabel('Your post', { exact: true }).fill(body);
    await miaPage.getByRole('button', { name: 'Post', exact: true }).click();
    await expect(
      miaPage.getByText('Thanks! A moderator reviews posts in this group before they appear.'),
    ).toBeVisible();
  }
  const held = miaPage.getByRole('region', { name: 'Your posts waiting for review' });
  await expect(held.getByText('Anyone up for a book swap on Friday?')).toBeVisible();
  await expect(held.getByText('Selling my bike, 50 euros')).toBeVisible();
  await expect(held.getByText('Waiting for review', { exact: true })).toHaveCount(2);
  // Nothing in the group's posts yet.
  await expect(miaPage.getByText('Start the conversation: write the first post.')).toBeVisible();
  await expectAccessible(miaPage, 'posts waiting for review');

  // Olga reviews them: approves the swap, rejects the sale with a reason.
  const olgaContext = await browser.newContext();
  const olgaPage = await olgaContext.newPage();
  await signIn(olgaPage, olga);
  await openGroup(olgaPage, createGroup.slug, name);
  await olgaPage.getByRole('tab', { name: 'Review', exact: true }).click();
  const swap = postCard(olgaPage, 'Anyone up for a book swap');
  const sale = postCard(olgaPage, 'Selling my bike');
  await expect(swap).toBeVisible();
  await expectAccessible(olgaPage, 'review queue');
  await swap.getByRole('button', { name: 'Approve' }).click();
  await expect(swap).toBeHidden();
  await sale.getByRole('button', { name: 'Reject…' }).click();
  const dialog = olgaPage.getByRole('dialog', { name: 'Reject this post' });
  await dialog.getByLabel('Reason (the author sees it)').fill('Sales go in the Marketplace group.');
  await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(sale).toBeHidden();
  await expect(olgaPage.getByText('Nothing to review')).toBeVisible();

  // Mia sees the swap in the group's posts and why the sale was not approved.
  await miaPage.reload();
  await expect(
    miaPage
      .getByRole('region', { name: 'Posts' })
      .getByText('Anyone up for a book swap on Friday?'),
  ).toBeVisible();
  await expect(
    held.getByText('A moderator did not approve this post: Sales go in the Marketplace group.'),
  ).toBeVisible();
  await expect(held.getByText('Anyone up for a book swap')).toHaveCount(0);

  await miaContext.close();
  await olgaContext.close();
});
