import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@hearth/api/core';
import { Organisation, UpdateOrganisationInput } from './organisation.model';
import { OrganisationService } from './organisation.service';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Query(() => Organisation)
  organisation(): Promise<Organisation> {
    return this.service.get();
  }

  @Mutation(() => Organisation, { description: 'Org admins only.' })
  updateOrganisation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.service.update(actor, input);
  }
}
