import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReactionCount } from '../posts/post.model';

export enum FeedEventKind {
  POST_ADDED = 'POST_ADDED',
  POST_UPDATED = 'POST_UPDATED',
  POST_DELETED = 'POST_DELETED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  COMMENT_UPDATED = 'COMMENT_UPDATED',
  COMMENT_DELETED = 'COMMENT_DELETED',
  REACTIONS_CHANGED = 'REACTIONS_CHANGED',
  POLL_VOTED = 'POLL_VOTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}

registerEnumType(FeedEventKind, {
  name: 'FeedEventKind',
  description:
    'What changed. The event names its subject; read the subject (post, comments) for the rest, as you may see it.',
});

@ObjectType({ description: 'A reaction summary without the viewer’s own reaction.' })
export class ReactionCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => [ReactionCount])
  counts!: ReactionCount[];
}

@ObjectType({
  description:
    'Something that happened in a group, delivered only to people who may see it at the moment it is delivered. Poll votes carry no voter and no counts.',
})
export class FeedEvent {
  @Field(() => FeedEventKind)
  kind!: FeedEventKind;

  @Field(() => ID)
  groupId!: string;

  @Field(() => ID)
  postId!: string;

  @Field(() => ID, { nullable: true })
  commentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who did it; absent for votes.' })
  actorId!: string | null;

  @Field(() => ReactionCounts, {
    nullable: true,
    description: 'REACTIONS_CHANGED: the new counts of the post or comment.',
  })
  reactions!: ReactionCounts | null;

  @Field(() => Int, {
    nullable: true,
    description: 'ACKNOWLEDGED: how many have acknowledged (sent to the author and group admins).',
  })
  acknowledgedCount!: number | null;
}
