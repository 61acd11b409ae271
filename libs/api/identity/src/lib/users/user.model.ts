import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrgRole } from '@hearth/shared/util';

registerEnumType(OrgRole, { name: 'OrgRole', description: 'Organisation-wide role.' });

/** A person as the API shows them. Fields that need more data (manager, groups) are resolved with loaders. */
@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'Two letters for an avatar without an image.' })
  initials!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A data: URL of an uploaded image; null means initials.',
  })
  avatarUrl!: string | null;

  @Field(() => OrgRole)
  orgRole!: OrgRole;

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;

  /** Not a field: resolved through a loader by the `manager` field resolver. */
  managerId!: string | null;
}
