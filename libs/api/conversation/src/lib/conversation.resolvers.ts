import { CommentsResolver } from './comments/comments.resolver';
import {
  AcknowledgementReportResolver,
  PollOptionResolver,
  SeenResolver,
} from './posts/post-parts.resolver';
import { PostsResolver } from './posts/posts.resolver';
import { MentionsResolver } from './posts/mentions.resolver';
import { FeedEventsResolver } from './events/feed-events.resolver';

/** Every GraphQL resolver class of conversation: registered by the module, read by the schema emitter. */
export const CONVERSATION_RESOLVERS = [
  PostsResolver,
  CommentsResolver,
  SeenResolver,
  PollOptionResolver,
  AcknowledgementReportResolver,
  MentionsResolver,
  FeedEventsResolver,
];
