import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, containsPattern, CurrentUser } from '@hearth/api/core';
import { User, UserEntity, toUser } from '@hearth/api/identity';
import { GroupVisibility } from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import { MentionCandidatesArgs } from './post.inputs';
import { PostAccess } from './post-access';

@Resolver()
export class MentionsResolver {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: PostAccess,
  ) {}

  @Query(() => [User], {
    description:
      'People a post in this group can mention: those who may read it (anyone for OPEN groups, members otherwise). At most 8, by name.',
  })
  async mentionCandidates(
    @CurrentUser() actor: AuthUser,
    @Args() args: MentionCandidatesArgs,
  ): Promise<User[]> {
    const { group } = await this.access.readableGroup(actor, args.groupId);
    const qb = this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.active')
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM group_bans b WHERE b.group_id = :gid AND b.user_id = u.id)',
        {
          gid: group.id,
        },
      );
    if (group.visibility !== GroupVisibility.OPEN) {
      qb.andWhere(
        `(u.org_role = 'ADMIN' OR EXISTS (SELECT 1 FROM group_memberships gm WHERE gm.group_id = :gid AND gm.user_id = u.id))`,
      );
    }
    if (args.search.trim()) {
      qb.andWhere(`lower(u.display_name) LIKE :pattern`, {
        pattern: containsPattern(args.search.trim()),
      });
    }
    const rows = await qb.orderBy('u.display_name').addOrderBy('u.id').limit(8).getMany();
    return rows.map(toUser);
  }
}
