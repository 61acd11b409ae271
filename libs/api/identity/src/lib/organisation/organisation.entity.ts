import { GroupCreationPolicy } from '@hearth/shared/util';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The organisation's settings: a single row (id 1), created by the first migration. */
@Entity('organisation')
export class OrganisationEntity {
  @PrimaryColumn('int', { primaryKeyConstraintName: 'pk_organisation' })
  id!: number;

  @Column('text')
  name!: string;

  @Column('boolean', { default: false })
  openSignUp!: boolean;

  @Column('text', { array: true, default: () => "'{}'" })
  allowedEmailDomains!: string[];

  @Column('text', { default: GroupCreationPolicy.EVERYONE })
  groupCreationPolicy!: GroupCreationPolicy;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
