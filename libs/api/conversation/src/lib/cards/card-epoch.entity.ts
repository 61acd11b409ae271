import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Epochs that cached cards are read under, besides each post's `card_version`: `users` goes up,
 * by trigger, when a person's name or profile changes, since cards carry authors and reactors
 * (migration CardVersions). Never written by the API.
 */
@Entity('card_epochs')
export class CardEpochEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_card_epochs' })
  name!: string;

  @Column({ type: 'bigint', default: 0, insert: false, update: false })
  epoch!: string;
}
