import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@hearth/api/core';

@ObjectType({
  description:
    'Background work recorded by a change (notifications, reminders) and run by a worker; org admins only.',
})
export class BackgroundJob {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What it does, e.g. notify.post or townhall.reminder.' })
  kind!: string;

  @Field({ description: 'Its input, as JSON (ids and small values).' })
  payload!: string;

  @Field(() => Int, { description: 'How many times it has failed.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'The error of its last failure.' })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it is (or was) next due.' })
  runAfter!: Date;
}

export const BackgroundJobConnection = ConnectionType(BackgroundJob, 'BackgroundJob', false);

@ObjectType({ description: 'How the background work stands, for whoever runs the installation.' })
export class BackgroundJobStats {
  @Field(() => Int, { description: 'Due now and not yet run (a growing number: no worker runs).' })
  due!: number;

  @Field(() => Int, { description: 'Waiting for a later time (reminders).' })
  scheduled!: number;

  @Field(() => Int, { description: 'Failed at least once and waiting to be tried again.' })
  retrying!: number;

  @Field(() => Int, {
    description: 'Set aside after failing every attempt: see failedBackgroundJobs.',
  })
  failed!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'How many seconds the oldest due job has been waiting (none due: null).',
  })
  oldestDueSeconds!: number | null;

  @Field(() => Int, { description: 'Attempts before a job is set aside.' })
  maxAttempts!: number;
}
