import { useQuery } from '@apollo/client/react';
import { createMockClient, MockProviders, type MockHandlers } from '@hearth/web/graphql';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { POST_REFRESH } from './api/use-post-refresh';
import { PostPage } from './pages';
import { PostCard } from './post-card';
import { person, postCardData, postPermissions } from './test-people';

// Threads here hold up to 150 comments: buttons are found by their text (`selector: 'button'`),
// since a role query works out the name and visibility of every element on the page, which took
// these tests past their time limit on a busy machine (53 s for the file, against 16 s now).

/**
 * A thread as the server keeps it: top-level comments oldest first, each with its replies; the
 * handlers page them as the API does (latest first for the thread, oldest first for replies).
 */
interface ServerComment {
  id: string;
  parentId: string | null;
  body: string;
  createdAt: string;
  editedAt?: string;
}

function server(topLevel: number, repliesOfLatest: number, kind = 'DISCUSSION') {
  const t0 = Date.parse('2026-11-01T09:00:00Z');
  let clock = 0;
  const at = () => new Date(t0 + 60_000 * clock++).toISOString();
  const comments: ServerComment[] = [];
  for (let i = 1; i <= topLevel; i++)
    comments.push({ id: `c${i}`, parentId: null, body: `Comment ${i}`, createdAt: at() });
  for (let i = 1; i <= repliesOfLatest; i++)
    comments.push({ id: `r${i}`, parentId: `c${topLevel}`, body: `Reply ${i}`, createdAt: at() });
  let accepted: string | null = null;
  let nextId = 1;

  const repliesOf = (id: string) => comments.filter((c) => c.parentId === id);
  const card = (c: ServerComment) => ({
    __typename: 'Comment',
    id: c.id,
    postId: 'p1',
    parentId: c.parentId,
    body: c.body,
    createdAt: c.createdAt,
    editedAt: c.editedAt ?? null,
    isAcceptedAnswer: c.id === accepted,
    replyCount: repliesOf(c.id).length,
    author: person('u2', 'Ben Member'),
    reactions: { __typename: 'ReactionSummary', total: 0, mine: null, recentNames: [], counts: [] },
    viewerPermissions: {
      __typename: 'CommentPermissions',
      canEdit: true,
      canDelete: true,
      canReply: c.parentId === null,
      canReact: true,
    },
  });
  interface Page {
    __typename: string;
    edges: Array<{ __typename: string; cursor: string; node: object }>;
    pageInfo: { __typename: string; hasNextPage: boolean; endCursor: string | null };
  }
  const page = (
    list: ServerComment[],
    first: number,
    after: unknown,
    withReplies: boolean,
  ): Page => {
    const start = after ? list.findIndex((c) => c.id === after) + 1 : 0;
    const slice = list.slice(start, start + first);
    return {
      __typename: 'CommentConnection',
      edges: slice.map((c) => ({
        __typename: 'CommentEdge',
        cursor: c.id,
        node: withReplies
          ? { ...card(c), replies: page(repliesOf(c.id), 20, null, false) }
          : card(c),
      })),
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: start + first < list.length,
        endCursor: slice.at(-1)?.id ?? null,
      },
    };
  };
  const topLevelComments = () => comments.filter((c) => c.parentId === null);
  const post = () => {
    const latest = topLevelComments().slice(-2);
    return postCardData('p1', 'What do you think?', {
      kind,
      commentCount: comments.length,
      seenCount: 1,
      seenByMe: true,
      latestComments: latest.map(card),
      acceptedAnswer: accepted ? card(comments.find((c) => c.id === accepted)!) : null,
      viewerPermissions: postPermissions({
        canComment: true,
        canReact: true,
        canAcceptAnswer: kind === 'QUESTION',
      }),
    });
  };
  const handlers = {
    PostRefresh: () => ({ data: { post: post() } }),
    PostThread: (v: Record<string, unknown>) => ({
      data: {
        post: {
          __typename: 'Post',
          id: 'p1',
          commentCount: comments.length,
          comments: page([...topLevelComments()].reverse(), Number(v['first']), v['after'], true),
        },
      },
    }),
    CommentReplies: (v: Record<string, unknown>) => {
      const parent = comments.find((c) => c.id === v['id'])!;
      return {
        data: {
          comment: {
            ...card(parent),
            replies: page(repliesOf(parent.id), 50, v['after'], false),
          },
        },
      };
    },
    AddComment: (v: Record<string, unknown>) => {
      const input = v['input'] as { parentId: string | null; body: string };
      const c = { id: `n${nextId++}`, parentId: input.parentId, body: input.body, createdAt: at() };
      comments.push(c);
      return { data: { addComment: card(c) } };
    },
    DeleteComment: (v: Record<string, unknown>) => {
      const id = (v['input'] as { commentId: string }).commentId;
      const kept = comments.filter((c) => c.id !== id && c.parentId !== id);
      comments.splice(0, comments.length, ...kept);
      return { data: { deleteComment: { __typename: 'DeletedPayload', id } } };
    },
    AcceptAnswer: (v: Record<string, unknown>) => {
      accepted = (v['input'] as { commentId: string | null }).commentId;
      return { data: { acceptAnswer: post() } };
    },
    PostPage: () => ({ data: { post: post() } }),
    Comment: (v: Record<string, unknown>) => {
      const c = comments.find((x) => x.id === v['id']);
      return c
        ? { data: { comment: card(c) } }
        : {
            data: null,
            errors: [{ message: 'Comment not found.', extensions: { code: 'NOT_FOUND' } }],
          };
    },
  };
  return { handlers, comments, card };
}

function Card() {
  const { data } = useQuery(POST_REFRESH, { variables: { id: 'p1' } });
  return data ? <PostCard post={data.post} /> : <p>Loading</p>;
}

function renderThread(s: ReturnType<typeof server>) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  render(
    <MockProviders client={createMockClient(s.handlers, calls)}>
      <MemoryRouter>
        <Card />
      </MemoryRouter>
    </MockProviders>,
  );
  return { calls };
}

/** The post's own page, as a notification's link opens it. */
function renderPostPage(handlers: MockHandlers, path: string) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  render(
    <MockProviders client={createMockClient(handlers, calls)}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/posts/:id" element={<PostPage />} />
        </Routes>
      </MemoryRouter>
    </MockProviders>,
  );
  const reads = (operation: string) =>
    calls.filter((c) => c.operation === operation).map((c) => c.variables);
  return { reads };
}

/** The comment shown as the one the link points at. */
const linkedArticle = () => document.querySelector<HTMLElement>('article[aria-current="true"]');

/** The bodies of the comments shown, top to bottom (replies included). */
const shown = () =>
  Array.from(
    document.querySelectorAll(
      '.h-comments .h-comment__bubble .h-markdown, .h-comments .h-comment__bubble p',
    ),
  )
    .map((e) => e.textContent?.trim() ?? '')
    .filter((text, i, all) => text && all.indexOf(text) === i);

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix} ${from + i}`);

describe('CommentThread', () => {
  it('opens on the latest 50 comments, oldest at the top, and brings earlier ones and more replies on request', async () => {
    const s = server(120, 30);
    const { calls } = renderThread(s);
    await userEvent.click(await screen.findByText('View all 150 comments', { selector: 'button' }));
    await screen.findByText('Comment 71');
    // c71 … c120, with c120's first 20 replies under it.
    expect(shown()).toEqual([...range('Comment', 71, 120), ...range('Reply', 1, 20)]);
    expect(calls.filter((c) => c.operation === 'PostThread')[0]?.variables).toEqual({
      id: 'p1',
      first: 50,
    });

    await userEvent.click(screen.getByText('View 10 more replies', { selector: 'button' }));
    await screen.findByText('Reply 30');
    expect(screen.queryByText(/more repl/, { selector: 'button' })).toBeNull();

    await userEvent.click(screen.getByText('View earlier comments', { selector: 'button' }));
    await screen.findByText('Comment 21');
    await userEvent.click(screen.getByText('View earlier comments', { selector: 'button' }));
    await screen.findByText('Comment 1');
    expect(screen.queryByText('View earlier comments', { selector: 'button' })).toBeNull();
    expect(shown()).toEqual([...range('Comment', 1, 120), ...range('Reply', 1, 30)]);
  });

  it('says when a comment was edited', async () => {
    const s = server(2, 0);
    s.comments[1]!.editedAt = '2026-11-02T10:00:00Z';
    renderThread(s);
    const edited = await screen.findByText(/^· edited/);
    expect(edited.querySelector('time')).toHaveAttribute('datetime', '2026-11-02T10:00:00Z');
    expect(screen.getAllByText(/edited/)).toHaveLength(1);
  });

  it('shows a new comment and a new reply at once, keeping every page read, and counts them', async () => {
    const s = server(120, 30);
    const { calls } = renderThread(s);
    await userEvent.click(await screen.findByText('View all 150 comments', { selector: 'button' }));
    await screen.findByText('Comment 71');
    await userEvent.click(screen.getByText('View earlier comments', { selector: 'button' }));
    await screen.findByText('Comment 21');

    const box = screen.getAllByPlaceholderText('Write a comment…').at(-1)!;
    expect(box).toHaveAccessibleName('Write a comment');
    await userEvent.type(box, 'A fresh thought');
    await userEvent.click(screen.getByText('Comment', { selector: 'button' }));
    await screen.findByText('A fresh thought');
    // At the bottom of the thread, after every comment already read; nothing read again.
    expect(shown().slice(0, 100)).toEqual(range('Comment', 21, 120));
    expect(shown().at(-1)).toBe('A fresh thought');
    expect(calls.filter((c) => c.operation === 'PostThread')).toHaveLength(2);
    expect(screen.getByText(/^151 comments/)).toBeInTheDocument();

    // A reply to the latest comment, whose last 10 replies have not been read yet.
    const latest = screen.getByText('Comment 120').closest('article')!;
    await userEvent.click(within(latest).getAllByRole('button', { name: 'Reply' })[0]!);
    const replyBox = within(latest).getByLabelText('Write a reply');
    await userEvent.type(replyBox, 'My reply');
    await userEvent.click(within(replyBox.closest('form')!).getByRole('button', { name: 'Reply' }));
    await screen.findByText('My reply');
    await userEvent.click(screen.getByText('View 10 more replies', { selector: 'button' }));
    await screen.findByText('Reply 30');
    const replies = shown().filter((b) => b.startsWith('Reply') || b === 'My reply');
    expect(replies).toEqual([...range('Reply', 1, 30), 'My reply']);
    expect(calls.filter((c) => c.operation === 'PostThread')).toHaveLength(2);
    expect(screen.getByText(/^152 comments/)).toBeInTheDocument();
  });

  it('takes a deleted comment and its replies away and keeps the rest', async () => {
    const s = server(60, 3);
    renderThread(s);
    await userEvent.click(await screen.findByText('View all 63 comments', { selector: 'button' }));
    await screen.findByText('Comment 11');
    await userEvent.click(screen.getByText('View earlier comments', { selector: 'button' }));
    await screen.findByText('Comment 1');
    const latest = screen.getByText('Comment 60').closest('article')!;
    const own = within(latest)
      .getAllByRole('button', { name: 'Delete' })
      .find((b) => b.closest('article') === latest)!;
    await userEvent.click(own);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Its replies will be removed too.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Comment 60')).toBeNull());
    expect(screen.queryByText('Reply 1')).toBeNull();
    expect(shown()).toEqual(range('Comment', 1, 59));
    expect(screen.getByText(/^59 comments/)).toBeInTheDocument();
  });

  it('marks the accepted answer among every comment read, and moves the mark', async () => {
    const s = server(60, 0, 'QUESTION');
    renderThread(s);
    await userEvent.click(await screen.findByText('View all 60 comments', { selector: 'button' }));
    await screen.findByText('Comment 11');
    await userEvent.click(screen.getByText('View earlier comments', { selector: 'button' }));
    await screen.findByText('Comment 1');
    const article = (body: string) =>
      within(screen.getByRole('region', { name: 'Comments' }))
        .getByText(body)
        .closest('article')!;
    await userEvent.click(
      within(article('Comment 3')).getByRole('button', { name: 'Mark as answer' }),
    );
    await within(article('Comment 3')).findByText('✓ Accepted answer');
    await userEvent.click(
      within(article('Comment 50')).getByRole('button', { name: 'Mark as answer' }),
    );
    await within(article('Comment 50')).findByText('✓ Accepted answer');
    expect(within(article('Comment 3')).queryByText('✓ Accepted answer')).toBeNull();
    expect(
      within(article('Comment 3')).getByRole('button', { name: 'Mark as answer' }),
    ).toBeInTheDocument();
  });
});

describe('a link to a comment (/posts/:id?comment=…)', () => {
  it('reads the thread back to an early comment, and shows it marked and focused', async () => {
    const s = server(120, 0);
    const { reads } = renderPostPage(s.handlers, '/posts/p1?comment=c3');
    const linked = await screen.findByRole('article', {
      name: 'Comment by Ben Member, the one you followed',
    });
    expect(within(linked).getByText('Comment 3')).toBeInTheDocument();
    expect(linked).toHaveClass('h-comment--linked');
    expect(linked).toHaveFocus();
    expect(linkedArticle()).toBe(linked);
    // Three pages of 50, latest first: each read once, and all of them stay in the thread.
    expect(reads('PostThread')).toEqual([
      { id: 'p1', first: 50 },
      { id: 'p1', first: 50, after: 'c71' },
      { id: 'p1', first: 50, after: 'c21' },
    ]);
    expect(shown()).toEqual(range('Comment', 1, 120));
    expect(screen.queryByText('Finding the comment you followed…')).toBeNull();
    expect(screen.queryByText('View earlier comments', { selector: 'button' })).toBeNull();
  });

  it('reads more replies of the comment that holds a linked reply', async () => {
    const s = server(60, 45);
    const { reads } = renderPostPage(s.handlers, '/posts/p1?comment=r37');
    const linked = await screen.findByRole('article', {
      name: 'Comment by Ben Member, the one you followed',
    });
    expect(within(linked).getByText('Reply 37')).toBeInTheDocument();
    expect(linked).toHaveFocus();
    // The thread's first page holds c60; its replies 21–45 come in one more read.
    expect(reads('PostThread')).toHaveLength(1);
    expect(reads('CommentReplies')).toEqual([{ id: 'c60', after: 'r20' }]);
    expect(shown().filter((b) => b.startsWith('Reply'))).toEqual(range('Reply', 1, 45));
  });

  it('deleting the linked comment ends the link: no more reading, nothing to say', async () => {
    const s = server(70, 0);
    const { reads } = renderPostPage(s.handlers, '/posts/p1?comment=c30');
    const linked = await screen.findByRole('article', {
      name: 'Comment by Ben Member, the one you followed',
    });
    await userEvent.click(within(linked).getByRole('button', { name: 'Delete' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(screen.queryByText('Comment 30')).toBeNull());
    expect(screen.queryByText(/The comment you followed/)).toBeNull();
    expect(reads('PostThread')).toHaveLength(1);
    // Earlier comments are still there on request.
    expect(screen.getByText('View earlier comments', { selector: 'button' })).toBeInTheDocument();
  });

  it('a comment on the first page is marked with no read beyond the thread', async () => {
    const s = server(10, 0);
    const { reads } = renderPostPage(s.handlers, '/posts/p1?comment=c9');
    const linked = await screen.findByRole('article', {
      name: 'Comment by Ben Member, the one you followed',
    });
    expect(within(linked).getByText('Comment 9')).toBeInTheDocument();
    expect(reads('PostThread')).toHaveLength(1);
    expect(reads('CommentReplies')).toEqual([]);
    // Only that one is marked.
    expect(document.querySelectorAll('.h-comment--linked')).toHaveLength(1);
  });

  it('says kindly when the comment is gone or unreadable, and shows the thread', async () => {
    const s = server(5, 0);
    renderPostPage(s.handlers, '/posts/p1?comment=nope');
    expect(
      await screen.findByText(/The comment you followed is not here any more/),
    ).toBeInTheDocument();
    expect(shown()).toEqual(range('Comment', 1, 5));
    expect(linkedArticle()).toBeNull();
  });

  it('a comment of another post is not looked for in this one', async () => {
    const s = server(70, 0);
    const { reads } = renderPostPage(
      {
        ...s.handlers,
        Comment: () => ({
          data: { comment: { ...s.card(s.comments[0]!), id: 'x1', postId: 'p2' } },
        }),
      },
      '/posts/p1?comment=x1',
    );
    expect(
      await screen.findByText(/The comment you followed is not here any more/),
    ).toBeInTheDocument();
    expect(reads('PostThread')).toHaveLength(1);
    expect(linkedArticle()).toBeNull();
  });

  it('stops at the start of the thread when the comment is no longer in it', async () => {
    const s = server(70, 0);
    // The link was made before the comment was deleted: the API still names it here.
    const { reads } = renderPostPage(
      {
        ...s.handlers,
        Comment: () => ({
          data: { comment: { ...s.card(s.comments[0]!), id: 'gone', parentId: null } },
        }),
      },
      '/posts/p1?comment=gone',
    );
    expect(
      await screen.findByText(/The comment you followed is not here any more/),
    ).toBeInTheDocument();
    expect(reads('PostThread')).toEqual([
      { id: 'p1', first: 50 },
      { id: 'p1', first: 50, after: 'c21' },
    ]);
    expect(shown()).toEqual(range('Comment', 1, 70));
  });

  it('a thread that cannot be read says so once, without "Finding…", and a retry goes on to the comment', async () => {
    const s = server(70, 0);
    let failing = true;
    renderPostPage(
      {
        ...s.handlers,
        PostThread: (v: Record<string, unknown>) =>
          failing
            ? { data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }] }
            : s.handlers.PostThread(v),
      },
      '/posts/p1?comment=c2',
    );
    const retry = await screen.findByText('Try again', { selector: 'button' });
    expect(screen.queryByText(/Finding the comment you followed/)).toBeNull();
    expect(screen.queryByText(/The comment you followed/)).toBeNull();
    failing = false;
    await userEvent.click(retry);
    const linked = await screen.findByRole('article', {
      name: 'Comment by Ben Member, the one you followed',
    });
    expect(linked).toHaveTextContent('Comment 2');
    expect(screen.queryByText('Try again', { selector: 'button' })).toBeNull();
  });

  it('says so when a page of the thread cannot be read', async () => {
    const s = server(70, 0);
    let calls = 0;
    renderPostPage(
      {
        ...s.handlers,
        PostThread: (v: Record<string, unknown>) =>
          calls++ === 0
            ? s.handlers.PostThread(v)
            : { data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }] },
      },
      '/posts/p1?comment=c2',
    );
    expect(
      await screen.findByText(/The comment you followed could not be shown/),
    ).toBeInTheDocument();
    // What was read stays, and the reader can go on by hand.
    expect(shown()).toEqual(range('Comment', 21, 70));
    expect(screen.getByText('View earlier comments', { selector: 'button' })).toBeInTheDocument();
  });
});
