export * from './lib/posts/post.entity';
export * from './lib/comments/comment.entity';
export * from './lib/reactions/reaction.entity';
export * from './lib/polls/poll.entity';
export * from './lib/posts/post.policy';
export * from './lib/posts/post.model';
export * from './lib/conversation.module';
export * from './lib/conversation.resolvers';
export { groupFeedSql, homeFeedSql } from './lib/feeds/feeds.service';
