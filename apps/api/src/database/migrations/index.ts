import { Initial1795408251873 } from './1795408251873-initial';
import { Conversation1795430819717 } from './1795430819717-conversation';
import { CardVersions1795600000000 } from './1795600000000-card-versions';
import { Notifications1795700000000 } from './1795700000000-notifications';
import { TownHalls1795800000000 } from './1795800000000-town-halls';
import { TownHallAskerOrigin1795900000000 } from './1795900000000-town-hall-asker-origin';
import { TownHallQuestionPages1796000000000 } from './1796000000000-town-hall-question-pages';
import { NotificationActorCount1796100000000 } from './1796100000000-notification-actor-count';
import { TownHallQueuePages1796200000000 } from './1796200000000-town-hall-queue-pages';
import { PostHashtagsByPost1796300000000 } from './1796300000000-post-hashtags-by-post';
import { NotificationActorOrder1796400000000 } from './1796400000000-notification-actor-order';
import { PostSeenCounts1796500000000 } from './1796500000000-post-seen-counts';
import { AuthorsNotAmongViewers1796600000000 } from './1796600000000-authors-not-among-viewers';
import { ReactionCounts1796700000000 } from './1796700000000-reaction-counts';
import { SecretGroupSlugs1796800000000 } from './1796800000000-secret-group-slugs';
import { SessionInvalidation1796900000000 } from './1796900000000-session-invalidation';

/** Every migration, in order, as classes. A new migration is added here. */
export const MIGRATIONS = [
  Initial1795408251873,
  Conversation1795430819717,
  CardVersions1795600000000,
  Notifications1795700000000,
  TownHalls1795800000000,
  TownHallAskerOrigin1795900000000,
  TownHallQuestionPages1796000000000,
  NotificationActorCount1796100000000,
  TownHallQueuePages1796200000000,
  PostHashtagsByPost1796300000000,
  NotificationActorOrder1796400000000,
  PostSeenCounts1796500000000,
  AuthorsNotAmongViewers1796600000000,
  ReactionCounts1796700000000,
  SecretGroupSlugs1796800000000,
  SessionInvalidation1796900000000,
];
