import { byKeys, GraphqlContext } from '@hearth/api/core';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { UserEntity } from './user.entity';
import { toUser } from './user.mapper';
import { User } from './user.model';

/**
 * The request's loader of people by id (one query per batch). Any domain that shows a person
 * (a member, an inviter, an author) uses this, so a page costs one query for all its people.
 */
export function usersLoader(ctx: GraphqlContext, ds: DataSource): DataLoader<string, User | null> {
  return ctx.loaders.get<string, User | null>('users.byId', async (ids) => {
    const rows = await ds.getRepository(UserEntity).findBy({ id: In([...ids]) });
    return byKeys(ids, rows.map(toUser), (u) => u.id, null);
  });
}
