import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type {
  TownHallAnswerState,
  TownHallQuestionStatus,
  TownHallRejectReason,
  TownHallState,
} from './town-hall.model';

/*
 * The town-hall tables as migrations TownHalls and later create them, for the drift check
 * (`migrate:check`): the service reads and writes them in SQL. Foreign keys are declared with
 * `@ForeignKey` rather than relations — nothing loads them through TypeORM — and name the tables
 * of other domains (`users`, `groups`) rather than importing their entities. Checks written inline
 * in the migration keep PostgreSQL's names (`<table>_<column>_check`). Index column order and
 * DESC are in the migrations (TypeORM compares an index's name, columns and uniqueness).
 */

/** A town hall: DRAFT → OPEN → LIVE → ENDED → ARCHIVED. */
@Entity('town_halls')
@Index('ix_town_halls_starts', ['startsAt'])
@Check('ck_town_halls_times', `"ends_at" > "starts_at"`)
@Check('town_halls_state_check', `"state" IN ('DRAFT', 'OPEN', 'LIVE', 'ENDED', 'ARCHIVED')`)
@Check('town_halls_vote_budget_check', `"vote_budget" BETWEEN 1 AND 100`)
export class TownHallEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_town_halls' })
  id!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  /** The group whose members are the audience; null: the whole organisation. */
  @Column('uuid', { nullable: true })
  @ForeignKey('groups', { name: 'fk_town_halls_group', onDelete: 'CASCADE' })
  audienceGroupId!: string | null;

  @Column('text', { default: 'DRAFT' })
  state!: TownHallState;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  @Column('boolean')
  allowAnonymous!: boolean;

  @Column('boolean')
  preModerated!: boolean;

  @Column('int', { nullable: true })
  voteBudget!: number | null;

  /** The one question a host is answering now. */
  @Column('uuid', { nullable: true })
  @ForeignKey(() => TownHallQuestionEntity, {
    name: 'fk_town_halls_answering',
    onDelete: 'SET NULL',
  })
  answeringQuestionId!: string | null;

  @Column('uuid')
  @ForeignKey('users', { name: 'fk_town_halls_created_by' })
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}

/** A town hall's hosts and moderators: one row per person and role. */
@Entity('town_hall_people')
@Index('ix_town_hall_people_user', ['userId'])
@Check('town_hall_people_role_check', `"role" IN ('HOST', 'MODERATOR')`)
export class TownHallPersonEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_town_hall_people' })
  @ForeignKey(() => TownHallEntity, { name: 'fk_town_hall_people_town_hall', onDelete: 'CASCADE' })
  townHallId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_town_hall_people' })
  @ForeignKey('users', { name: 'fk_town_hall_people_user', onDelete: 'CASCADE' })
  userId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_town_hall_people' })
  role!: 'HOST' | 'MODERATOR';
}

const PUBLISHED = `"status" = 'PUBLISHED'`;

/**
 * A question. An anonymous one stores no author (a check): who asked is in
 * `town_hall_question_askers`, as a keyed hash.
 */
@Entity('town_hall_questions')
@Index('ix_town_hall_questions_list', ['townHallId', 'status', 'voteCount', 'createdAt'])
@Index('ix_town_hall_questions_body_trgm', { synchronize: false }) // trigram GIN index: in the migration
@Index('ix_town_hall_questions_top', ['townHallId', 'voteCount', 'publishedAt', 'id'], {
  where: PUBLISHED,
})
@Index('ix_town_hall_questions_newest', ['townHallId', 'publishedAt', 'id'], { where: PUBLISHED })
@Index('ix_town_hall_questions_answered', ['townHallId', 'answeredAt', 'id'], {
  where: `"answered_at" IS NOT NULL`,
})
@Index('ix_town_hall_questions_created', ['townHallId', 'createdAt', 'id'])
@Index('ix_town_hall_questions_queue', ['townHallId', 'createdAt', 'id'], {
  where: `"status" = 'PENDING'`,
})
@Index('ix_town_hall_questions_follow_ups', ['townHallId', 'deferredUntil', 'id'], {
  where: `${PUBLISHED} AND "answer_state" = 'DEFERRED'`,
})
@Check('ck_town_hall_questions_anonymous', `NOT "anonymous" OR "author_id" IS NULL`)
@Check(
  'town_hall_questions_status_check',
  `"status" IN ('PENDING', 'PUBLISHED', 'REJECTED', 'MERGED', 'WITHDRAWN')`,
)
@Check(
  'town_hall_questions_answer_state_check',
  `"answer_state" IN ('ANSWERING', 'ANSWERED_LIVE', 'ANSWERED_IN_WRITING', 'DEFERRED')`,
)
@Check(
  'town_hall_questions_reject_reason_check',
  `"reject_reason" IN ('DUPLICATE', 'OFF_TOPIC', 'DISRESPECTFUL', 'ALREADY_ANSWERED', 'OTHER')`,
)
@Check('town_hall_questions_vote_count_check', `"vote_count" >= 0`)
export class TownHallQuestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_town_hall_questions' })
  id!: string;

  @Column('uuid')
  @ForeignKey(() => TownHallEntity, {
    name: 'fk_town_hall_questions_town_hall',
    onDelete: 'CASCADE',
  })
  townHallId!: string;

  @Column('text')
  body!: string;

  @Column('boolean')
  anonymous!: boolean;

  @Column('uuid', { nullable: true })
  @ForeignKey('users', { name: 'fk_town_hall_questions_author', onDelete: 'SET NULL' })
  authorId!: string | null;

  @Column('text')
  status!: TownHallQuestionStatus;

  @Column('text', { nullable: true })
  answerState!: TownHallAnswerState | null;

  @Column('text', { nullable: true })
  answer!: string | null;

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  @Column('uuid', { nullable: true })
  @ForeignKey('users', { name: 'fk_town_hall_questions_answered_by', onDelete: 'SET NULL' })
  answeredById!: string | null;

  @Column('uuid', { nullable: true })
  @ForeignKey('users', { name: 'fk_town_hall_questions_deferred_to', onDelete: 'SET NULL' })
  deferredToId!: string | null;

  @Column('timestamptz', { nullable: true })
  deferredUntil!: Date | null;

  @Column('text', { nullable: true })
  rejectReason!: TownHallRejectReason | null;

  @Column('text', { nullable: true })
  rejectNote!: string | null;

  @Column('uuid', { nullable: true })
  @ForeignKey(() => TownHallQuestionEntity, {
    name: 'fk_town_hall_questions_merged_into',
    onDelete: 'SET NULL',
  })
  mergedIntoId!: string | null;

  @Column('boolean', { default: false })
  editedByModerator!: boolean;

  @Column('int', { default: 0 })
  voteCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;
}

/**
 * Who asked a question: a person id for a named asker, a keyed hash for an anonymous one (exactly
 * one of the two, a check). A merge moves askers; `originQuestionId` keeps the question they asked.
 */
@Entity('town_hall_question_askers')
@Index('uq_town_hall_question_askers_user', ['questionId', 'userId'], {
  unique: true,
  where: `"user_id" IS NOT NULL`,
})
@Index('uq_town_hall_question_askers_anon', ['questionId', 'anonKey'], {
  unique: true,
  where: `"anon_key" IS NOT NULL`,
})
@Index('ix_town_hall_question_askers_anon', ['anonKey'], { where: `"anon_key" IS NOT NULL` })
@Index('ix_town_hall_question_askers_user', ['userId'], { where: `"user_id" IS NOT NULL` })
@Check('ck_town_hall_question_askers_one', `("user_id" IS NULL) <> ("anon_key" IS NULL)`)
export class TownHallQuestionAskerEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_town_hall_question_askers',
  })
  id!: string;

  @Column('uuid')
  @ForeignKey(() => TownHallQuestionEntity, {
    name: 'fk_town_hall_question_askers_question',
    onDelete: 'CASCADE',
  })
  questionId!: string;

  @Column('uuid', { nullable: true })
  @ForeignKey('users', { name: 'fk_town_hall_question_askers_user', onDelete: 'CASCADE' })
  userId!: string | null;

  @Column('text', { nullable: true })
  anonKey!: string | null;

  /** The question they first asked, which a merge does not change (the database has no foreign key on it). */
  @Column('uuid')
  originQuestionId!: string;
}

/** One up-vote per person and question; `townHallId` counts a person's votes against the budget. */
@Entity('town_hall_votes')
@Index('ix_town_hall_votes_budget', ['townHallId', 'userId'])
export class TownHallVoteEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_town_hall_votes' })
  @ForeignKey(() => TownHallQuestionEntity, {
    name: 'fk_town_hall_votes_question',
    onDelete: 'CASCADE',
  })
  questionId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_town_hall_votes' })
  @ForeignKey('users', { name: 'fk_town_hall_votes_user', onDelete: 'CASCADE' })
  userId!: string;

  @Column('uuid')
  @ForeignKey(() => TownHallEntity, { name: 'fk_town_hall_votes_town_hall', onDelete: 'CASCADE' })
  townHallId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
