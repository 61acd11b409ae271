import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrgRole } from '@hearth/shared/util';

@ObjectType()
export class OrgInvitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => OrgRole)
  orgRole!: OrgRole;

  @Field({
    description: 'The link that sets the password; shown to admins (no mail server needed).',
  })
  inviteUrl!: string;

  @Field()
  createdAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;
}

@ObjectType()
export class OrgInvitationPreview {
  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field()
  organisationName!: string;
}
