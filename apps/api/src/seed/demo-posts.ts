import {
  CommentEntity,
  PollBallotEntity,
  PollOptionEntity,
  PollVoteEntity,
  PostAcknowledgementEntity,
  PostEntity,
  PostHashtagEntity,
  PostReactionEntity,
  PostViewEntity,
} from '@hearth/api/conversation';
import {
  parseHashtags,
  parseMentions,
  PollResultsVisibility,
  PostKind,
  PostStatus,
  ReactionKind,
} from '@hearth/shared/util';
import { EntityManager } from 'typeorm';
import { PEOPLE } from './demo-data';

interface DemoComment {
  by: string;
  body: string;
  replies?: Array<{ by: string; body: string }>;
  accepted?: boolean;
}

interface DemoPost {
  group: string;
  by: string;
  kind?: PostKind;
  /** `@{key}` becomes a mention of that demo person. */
  body: string;
  hoursAgo: number;
  pinned?: boolean;
  needsAcknowledgement?: boolean;
  acknowledgedBy?: string[];
  poll?: {
    options: string[];
    multiple?: boolean;
    anonymous?: boolean;
    votes: Array<[string, number[]]>;
  };
  reactions?: Array<[string, ReactionKind]>;
  comments?: DemoComment[];
  seenBy?: string[];
}

const { LIKE, LOVE, CELEBRATE, INSIGHTFUL, SUPPORT, FUNNY } = ReactionKind;

export const DEMO_POSTS: DemoPost[] = [
  {
    group: 'announcements',
    by: 'hr',
    kind: PostKind.ANNOUNCEMENT,
    body: '**Updated hybrid work policy**\n\nFrom next month we move to three anchor days a week. Please read the [full policy](https://example.com/policy) and acknowledge below. Questions welcome in the comments. #policy',
    hoursAgo: 20,
    needsAcknowledgement: true,
    acknowledgedBy: ['ceo', 'maya', 'tom', 'noah'],
    reactions: [
      ['ceo', SUPPORT],
      ['maya', LIKE],
      ['tom', LIKE],
    ],
    comments: [
      {
        by: 'aisha',
        body: 'Do anchor days differ per team?',
        replies: [{ by: 'hr', body: 'Yes: each team picks theirs with its manager.' }],
      },
    ],
    seenBy: ['ceo', 'maya', 'tom', 'noah', 'aisha', 'lucas'],
  },
  {
    group: 'announcements',
    by: 'ceo',
    body: 'What a quarter. Thank you all for **shipping Hearth 2**, signing three new customers and still finding time for the running club. Recap slides in the #allhands folder. 🎉',
    hoursAgo: 30,
    pinned: true,
    reactions: [
      ['hr', CELEBRATE],
      ['maya', CELEBRATE],
      ['tom', LOVE],
      ['noah', CELEBRATE],
      ['ines', LIKE],
      ['aisha', CELEBRATE],
    ],
    comments: [
      { by: 'maya', body: 'Proud of the platform team. 💪' },
      { by: 'noah', body: 'Design guild says thanks too!' },
    ],
    seenBy: ['hr', 'maya', 'tom', 'noah', 'ines', 'aisha', 'lucas', 'omar'],
  },
  {
    group: 'platform-engineering',
    by: 'maya',
    kind: PostKind.QUESTION,
    body: 'Which tracing backend should we standardise on? We have Jaeger in two services and vendor X in one. #observability',
    hoursAgo: 6,
    reactions: [['yuki', INSIGHTFUL]],
    comments: [
      {
        by: 'tom',
        body: 'OpenTelemetry collector in front, Jaeger behind it: no lock-in and we already run it.',
        accepted: true,
      },
      {
        by: 'aisha',
        body: 'Agree with Tom. The vendor dashboards are nice but the cost grows with traffic.',
        replies: [{ by: 'tom', body: 'Exactly, and sampling is easier to control ourselves.' }],
      },
    ],
  },
  {
    group: 'platform-engineering',
    by: 'yuki',
    kind: PostKind.POLL,
    body: 'Which day works best for the monthly incident review?',
    hoursAgo: 4,
    poll: {
      options: ['Tuesday', 'Wednesday', 'Thursday'],
      votes: [
        ['maya', [1]],
        ['tom', [1]],
        ['aisha', [2]],
        ['lucas', [0]],
      ],
    },
  },
  {
    group: 'design-guild',
    by: 'noah',
    body: 'The new colour tokens are live in the design system. Thanks @{ines} for the contrast audit! #designsystem #accessibility',
    hoursAgo: 3,
    reactions: [
      ['ines', LOVE],
      ['zara', LIKE],
      ['maya', INSIGHTFUL],
    ],
    comments: [{ by: 'ines', body: 'Every pair passes AA now. Next: focus styles.' }],
  },
  {
    group: 'running-club',
    by: 'tom',
    body: 'Saturday 10k along the river, 9:00 at the bridge. All paces welcome, coffee after. 🏃',
    hoursAgo: 2,
    reactions: [
      ['aisha', LIKE],
      ['camila', LIKE],
      ['lena', FUNNY],
    ],
    comments: [
      {
        by: 'camila',
        body: 'I’m in! Can we do 8k?',
        replies: [{ by: 'tom', body: 'Sure, we can split at the turn.' }],
      },
    ],
  },
  {
    group: 'coffee-lovers',
    by: 'ines',
    kind: PostKind.POLL,
    body: 'Which beans should we order for the office next month? Choose as many as you like.',
    hoursAgo: 1,
    poll: {
      options: ['Ethiopia Yirgacheffe', 'Colombia Huila', 'Kenya AA', 'Brazil Santos'],
      multiple: true,
      anonymous: true,
      votes: [
        ['joao', [0, 2]],
        ['lucas', [1]],
        ['chloe', [0]],
      ],
    },
  },
];

/** Writes the demo conversation, with people keyed as in PEOPLE and groups by slug. */
export async function seedDemoPosts(
  m: EntityManager,
  person: (key: string) => string,
  groupIds: Map<string, string>,
): Promise<void> {
  const now = Date.now();
  for (const d of DEMO_POSTS) {
    const groupId = groupIds.get(d.group);
    if (!groupId) throw new Error(`Unknown demo group ${d.group}`);
    const body = d.body.replace(
      /@\{(\w+)\}/g,
      (_, key: string) => `@[${PEOPLE.find((p) => p.key === key)?.name ?? key}](${person(key)})`,
    );
    const at = new Date(now - d.hoursAgo * 3_600_000);
    const post = await m.save(
      m.create(PostEntity, {
        groupId,
        authorId: person(d.by),
        kind: d.kind ?? PostKind.DISCUSSION,
        status: PostStatus.PUBLISHED,
        body,
        mentions: parseMentions(body).map((x) => x.userId),
        hashtags: parseHashtags(body),
        createdAt: at,
        publishedAt: at,
        pinnedAt: d.pinned ? at : null,
        needsAcknowledgement: d.needsAcknowledgement ?? false,
        pollMultiple: d.poll?.multiple ?? false,
        pollAnonymous: d.poll?.anonymous ?? false,
        pollResults: d.poll ? PollResultsVisibility.AFTER_VOTE : null,
      }),
    );
    for (const tag of post.hashtags) {
      await m.save(m.create(PostHashtagEntity, { tag, postId: post.id, publishedAt: at }));
    }
    if (d.poll) {
      const options = await m.save(
        d.poll.options.map((label, position) =>
          m.create(PollOptionEntity, { postId: post.id, position, label }),
        ),
      );
      for (const [voter, choices] of d.poll.votes) {
        await m.save(m.create(PollBallotEntity, { postId: post.id, userId: person(voter) }));
        await m.save(
          choices.map((i) =>
            m.create(PollVoteEntity, {
              postId: post.id,
              userId: person(voter),
              optionId: options[i]?.id,
            }),
          ),
        );
      }
    }
    for (const [key, kind] of d.reactions ?? []) {
      await m.save(m.create(PostReactionEntity, { postId: post.id, userId: person(key), kind }));
    }
    for (const key of d.acknowledgedBy ?? []) {
      await m.save(m.create(PostAcknowledgementEntity, { postId: post.id, userId: person(key) }));
    }
    for (const key of d.seenBy ?? []) {
      await m.save(m.create(PostViewEntity, { postId: post.id, userId: person(key) }));
    }
    let minute = 5;
    for (const c of d.comments ?? []) {
      const comment = await m.save(
        m.create(CommentEntity, {
          postId: post.id,
          authorId: person(c.by),
          body: c.body,
          createdAt: new Date(at.getTime() + minute++ * 60_000),
        }),
      );
      if (c.accepted)
        await m.update(PostEntity, { id: post.id }, { acceptedCommentId: comment.id });
      for (const r of c.replies ?? []) {
        await m.save(
          m.create(CommentEntity, {
            postId: post.id,
            parentId: comment.id,
            authorId: person(r.by),
            body: r.body,
            createdAt: new Date(at.getTime() + minute++ * 60_000),
          }),
        );
      }
    }
  }
}
