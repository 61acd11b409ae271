import { byKeys, GraphqlContext, notFound } from '@hearth/api/core';
import DataLoader from 'dataloader';
import { Group } from './group.model';
import { GroupsService } from './groups.service';

/** Per-request loaders: each per-group field of a page costs one query for the whole page. */
export function memberCountLoader(
  ctx: GraphqlContext,
  groups: GroupsService,
): DataLoader<string, number> {
  return ctx.loaders.get<string, number>('groups.memberCount', async (ids) => {
    const counts = await groups.memberCounts(ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

export function groupLoader(
  ctx: GraphqlContext,
  groups: GroupsService,
): DataLoader<string, Group | null> {
  return ctx.loaders.get<string, Group | null>('groups.byId', async (ids) => {
    const map = await groups.groupsByIds(ids);
    return byKeys(ids, [...map.values()], (g) => g.id, null);
  });
}

export async function loadGroupOrFail(
  ctx: GraphqlContext,
  groups: GroupsService,
  id: string,
): Promise<Group> {
  const group = await groupLoader(ctx, groups).load(id);
  if (!group) throw notFound('That group');
  return group;
}
