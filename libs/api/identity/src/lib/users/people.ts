import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphqlContext } from '@hearth/api/core';
import { DataSource } from 'typeorm';
import { User } from './user.model';
import { usersLoader } from './users.loader';

/**
 * The identity domain's read API for people in a request: every domain that shows a person (an
 * author, a member, an inviter, who reacted) reads them here, through the request's one loader of
 * people by id, so a page costs one statement for all its people and no resolver needs a database
 * connection of its own.
 */
@Injectable()
export class People {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** One person, or null for an unknown id. */
  one(ctx: GraphqlContext, id: string): Promise<User | null> {
    return usersLoader(ctx, this.ds).load(id);
  }

  /** People by id, in the order given; unknown ids are left out. */
  async many(ctx: GraphqlContext, ids: readonly string[]): Promise<User[]> {
    const users = await usersLoader(ctx, this.ds).loadMany([...ids]);
    return users.filter((u): u is User => u !== null && !(u instanceof Error));
  }
}
