import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PEOPLE } from './demo-data';

interface DemoQuestion {
  /** A person's key, or null for an anonymous question. */
  by: string | null;
  body: string;
  status?: 'PENDING' | 'PUBLISHED' | 'REJECTED';
  answer?: { state: 'ANSWERED_LIVE' | 'ANSWERED_IN_WRITING' | 'DEFERRED'; text?: string };
  reject?: 'OFF_TOPIC' | 'DUPLICATE';
  /** How many people up-voted it (the first N of the directory who are not the asker). */
  votes: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Two town halls for the demo: the quarterly all-hands, live now, with questions waiting, voted and
 * answered; and last quarter's, ended, with its summary and a deferred question still open. Anonymous
 * demo questions get a random asker key: nobody, not even the seed, can claim them.
 */
export async function seedDemoTownHalls(
  m: EntityManager,
  id: (key: string) => string,
): Promise<void> {
  // The demo's admin and HR lead have not voted, so whoever signs in as them can.
  const voters = PEOPLE.filter(
    (p) => p.active !== false && p.key !== 'admin' && p.key !== 'hr',
  ).map((p) => p.key);
  const make = async (
    th: {
      title: string;
      description: string;
      state: 'LIVE' | 'ENDED';
      startsAt: Date;
      endsAt: Date;
    },
    questions: DemoQuestion[],
  ): Promise<void> => {
    const [row] = await m.query<Array<{ id: string }>>(
      `INSERT INTO town_halls (title, description, state, starts_at, ends_at, allow_anonymous,
                               pre_moderated, vote_budget, created_by_id)
       VALUES ($1, $2, $3, $4, $5, true, true, NULL, $6) RETURNING id`,
      [th.title, th.description, th.state, th.startsAt, th.endsAt, id('hr')],
    );
    const townHallId = (row as { id: string }).id;
    await m.query(
      `INSERT INTO town_hall_people (town_hall_id, user_id, role)
       VALUES ($1, $2, 'HOST'), ($1, $3, 'HOST'), ($1, $4, 'MODERATOR')`,
      [townHallId, id('ceo'), id('cto'), id('hr')],
    );
    for (const [i, q] of questions.entries()) {
      const asked = new Date(th.startsAt.getTime() - DAY + i * HOUR);
      const status = q.status ?? 'PUBLISHED';
      const answered = q.answer && q.answer.state !== 'DEFERRED';
      const [qr] = await m.query<Array<{ id: string }>>(
        `INSERT INTO town_hall_questions (town_hall_id, body, anonymous, author_id, status, answer_state,
                answer, answered_at, answered_by_id, deferred_to_id, deferred_until, reject_reason,
                created_at, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          townHallId,
          q.body,
          q.by === null,
          q.by === null ? null : id(q.by),
          status,
          q.answer?.state ?? null,
          q.answer?.text ?? null,
          answered ? new Date(th.startsAt.getTime() + (i + 1) * 4 * 60_000) : null,
          answered ? id('ceo') : null,
          q.answer?.state === 'DEFERRED' ? id('cfo') : null,
          q.answer?.state === 'DEFERRED' ? new Date(Date.now() + 7 * DAY) : null,
          q.reject ?? null,
          asked,
          status === 'PUBLISHED' ? new Date(asked.getTime() + 10 * 60_000) : null,
        ],
      );
      const questionId = (qr as { id: string }).id;
      await m.query(
        `INSERT INTO town_hall_question_askers (question_id, origin_question_id, user_id, anon_key)
         VALUES ($1, $1, $2, $3)`,
        [
          questionId,
          q.by === null ? null : id(q.by),
          q.by === null ? `demo:${randomBytes(24).toString('base64url')}` : null,
        ],
      );
      if (status === 'PUBLISHED' && q.votes > 0) {
        const who = voters.filter((k) => k !== q.by).slice(0, q.votes);
        await m.query(
          `INSERT INTO town_hall_votes (question_id, user_id, town_hall_id)
           SELECT $1, unnest($2::uuid[]), $3`,
          [questionId, who.map(id), townHallId],
        );
        await m.query(`UPDATE town_hall_questions SET vote_count = $2 WHERE id = $1`, [
          questionId,
          who.length,
        ]);
      }
    }
  };

  const now = Date.now();
  await make(
    {
      title: 'Q4 all-hands with the leadership team',
      description:
        'Sofia and Daniel answer your questions about the year ahead. Ask before or during the session; anonymous questions are welcome.',
      state: 'LIVE',
      startsAt: new Date(now - HOUR / 2),
      endsAt: new Date(now + HOUR),
    },
    [
      {
        by: null,
        body: 'Will there be a salary review this year, and how will it be decided?',
        votes: 24,
      },
      { by: 'tom', body: 'What is the plan for remote work after the office move?', votes: 18 },
      {
        by: 'camila',
        body: 'How are we doing against the sales targets we set in January?',
        votes: 9,
        answer: {
          state: 'ANSWERED_LIVE',
        },
      },
      {
        by: null,
        body: 'Why did the Madrid team lose two roles without any explanation?',
        votes: 15,
      },
      {
        by: 'aisha',
        body: 'Can we get a budget for conference talks in 2026?',
        votes: 6,
        answer: {
          state: 'ANSWERED_IN_WRITING',
          text: 'Yes: every engineer has €1,500 a year for conferences, and speakers get travel on top.',
        },
      },
      {
        by: 'lucas',
        body: 'Is the new parental leave policy coming in January?',
        votes: 0,
        status: 'PENDING',
      },
      {
        by: null,
        body: 'What happens to Project Lighthouse if the pilot fails?',
        votes: 0,
        status: 'PENDING',
      },
    ],
  );
  await make(
    {
      title: 'Q3 all-hands',
      description: 'Last quarter’s questions and answers.',
      state: 'ENDED',
      startsAt: new Date(now - 90 * DAY),
      endsAt: new Date(now - 90 * DAY + HOUR),
    },
    [
      {
        by: 'maya',
        body: 'When will the platform team get its second SRE?',
        votes: 12,
        answer: { state: 'ANSWERED_LIVE' },
      },
      {
        by: null,
        body: 'Are we planning layoffs this year?',
        votes: 30,
        answer: {
          state: 'ANSWERED_IN_WRITING',
          text: 'No. We are hiring in engineering and sales, and no reductions are planned.',
        },
      },
      {
        by: 'grace',
        body: 'Can the finance team publish the travel policy changes before Q4?',
        votes: 7,
        answer: { state: 'DEFERRED' },
      },
      {
        by: 'jack',
        body: 'Which pizza is best?',
        votes: 0,
        status: 'REJECTED',
        reject: 'OFF_TOPIC',
      },
    ],
  );
}
