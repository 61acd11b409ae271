import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public } from '@hearth/api/core';
import { Organisation, UpdateOrganisationInput } from './organisation.model';
import { OrganisationService } from './organisation.service';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Query(() => Organisation)
  organisation(): Promise<Organisation> {
    return this.service.get();
  }

  @Public()
  @Query(() => Boolean, {
    description:
      'Whether open sign-up is on (for the sign-in page; the allowed domains stay private).',
  })
  async signUpAvailable(): Promise<boolean> {
    return (await this.service.get()).openSignUp;
  }

  @Mutation(() => Organisation, { description: 'Org admins only.' })
  updateOrganisation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.service.update(actor, input);
  }
}
