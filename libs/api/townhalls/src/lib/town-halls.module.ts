import { Module } from '@nestjs/common';
import { AuditService } from '@hearth/api/core';
import { IdentityModule } from '@hearth/api/identity';
import { AskerKeys } from './asker-keys';
import { TownHallEvents } from './town-hall-events';
import { TownHallQuestionResolver, TownHallsResolver } from './town-halls.resolver';
import { TownHallsService } from './town-halls.service';

export const TOWN_HALLS_RESOLVERS = [TownHallsResolver, TownHallQuestionResolver];

/** Town halls: questions from the audience, vetted, voted up and answered, live. */
@Module({
  imports: [IdentityModule],
  providers: [AuditService, AskerKeys, TownHallEvents, TownHallsService, ...TOWN_HALLS_RESOLVERS],
  exports: [TownHallsService],
})
export class TownHallsModule {}
