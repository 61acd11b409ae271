import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  CoreModule,
  createDataSourceOptions,
  createGraphqlOptions,
  OperationsInFlight,
} from '@hearth/api/core';
import { ConversationModule } from '@hearth/api/conversation';
import { GroupsModule } from '@hearth/api/groups';
import { IdentityModule } from '@hearth/api/identity';
import { NotificationsModule } from '@hearth/api/notifications';
import { TownHallsModule } from '@hearth/api/townhalls';
import { ENTITIES } from './database/entities';
import { MIGRATIONS } from './database/migrations';
import { HealthResolver } from './health.resolver';
import { SubscriptionServer } from './realtime/subscription-server';

@Module({
  imports: [
    CoreModule,
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        createDataSourceOptions({
          databaseUrl: config.databaseUrl,
          pgliteDataDir: config.pgliteDataDir,
          entities: ENTITIES,
          migrations: MIGRATIONS,
        }),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, OperationsInFlight],
      useFactory: (config: AppConfig, operations: OperationsInFlight) =>
        createGraphqlOptions(config, operations),
    }),
    IdentityModule,
    GroupsModule,
    ConversationModule,
    NotificationsModule,
    TownHallsModule,
  ],
  providers: [HealthResolver, SubscriptionServer],
})
export class AppModule {}
