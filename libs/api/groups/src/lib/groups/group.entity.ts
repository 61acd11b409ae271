import { UserEntity } from '@hearth/api/identity';
import { GroupCategory, GroupVisibility, PostingPolicy } from '@hearth/shared/util';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';

@Entity('groups')
@Index('uq_groups_slug', ['slug'], { unique: true })
@Index('ix_groups_name', ['name', 'id'])
@Index('ix_groups_search_trgm', { synchronize: false }) // trigram GIN index: in the migration
@Index('ix_groups_category', ['category', 'name', 'id'])
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_groups' })
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text')
  category!: GroupCategory;

  @Column('text')
  visibility!: GroupVisibility;

  @Column('text', { default: '#3B5BDB' })
  coverColor!: string;

  @Column('text', { nullable: true })
  coverImageUrl!: string | null;

  @Column('text', { default: PostingPolicy.EVERYONE })
  postingPolicy!: PostingPolicy;

  @Column('boolean', { default: false })
  postApproval!: boolean;

  @Column('jsonb', { default: [] })
  membershipQuestions!: string[];

  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;

  @Column('uuid')
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_groups_created_by' })
  createdBy?: UserEntity;
}
