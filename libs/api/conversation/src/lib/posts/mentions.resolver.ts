import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@hearth/api/core';
import { User } from '@hearth/api/identity';
import { MentionCandidatesArgs } from './post.inputs';
import { PostAccess } from './post-access';

@Resolver()
export class MentionsResolver {
  constructor(private readonly access: PostAccess) {}

  @Query(() => [User], {
    description:
      'People a post in this group can mention: those who may read it (anyone for OPEN groups, members otherwise). At most 8, by name.',
  })
  mentionCandidates(
    @CurrentUser() actor: AuthUser,
    @Args() args: MentionCandidatesArgs,
  ): Promise<User[]> {
    return this.access.mentionCandidates(actor, args.groupId, args.search);
  }
}
