import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  Connection,
  ConnectionType,
  CurrentUser,
  PageArgs,
  Public,
} from '@hearth/api/core';
import { AuthPayload } from '../auth/auth-payload.model';
import { AcceptOrgInvitationInput } from '../auth/dto/auth.inputs';
import { OrgInvitation, OrgInvitationPreview } from './org-invitation.model';
import {
  InvitationTokenArgs,
  InviteUserInput,
  RevokeOrgInvitationInput,
} from './org-invitations.inputs';
import { OrgInvitationsService } from './org-invitations.service';

export const OrgInvitationConnection = ConnectionType(OrgInvitation, 'OrgInvitation');

@Resolver(() => OrgInvitation)
export class OrgInvitationsResolver {
  constructor(private readonly invitations: OrgInvitationsService) {}

  @Query(() => OrgInvitationConnection, {
    description: 'Pending invitations, latest first; org admins only.',
  })
  orgInvitations(
    @CurrentUser() actor: AuthUser,
    @Args() page: PageArgs,
  ): Promise<Connection<OrgInvitation>> {
    return this.invitations.pending(actor, page);
  }

  @Public()
  @Query(() => OrgInvitationPreview, { description: 'NOT_FOUND when invalid, expired or used.' })
  orgInvitation(@Args() { token }: InvitationTokenArgs): Promise<OrgInvitationPreview> {
    return this.invitations.preview(token);
  }

  @Mutation(() => OrgInvitation, { description: 'Org admins only.' })
  inviteUser(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: InviteUserInput,
  ): Promise<OrgInvitation> {
    return this.invitations.invite(actor, input.email, input.displayName, input.orgRole);
  }

  @Mutation(() => OrgInvitation, { description: 'Org admins only.' })
  revokeOrgInvitation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RevokeOrgInvitationInput,
  ): Promise<OrgInvitation> {
    return this.invitations.revoke(actor, input.invitationId);
  }

  @Public()
  @Mutation(() => AuthPayload)
  acceptOrgInvitation(@Args('input') input: AcceptOrgInvitationInput): Promise<AuthPayload> {
    return this.invitations.accept(input.token, input.password, input.displayName);
  }
}
