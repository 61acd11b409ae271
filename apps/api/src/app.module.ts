import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  CoreModule,
  createDataSourceOptions,
  createGraphqlOptions,
  LogOptions,
  loggerParams,
  Metrics,
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
import { HealthController } from './operations/health.controller';
import { MetricsController } from './operations/metrics.controller';
import { MetricsServer } from './operations/metrics-server';

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
      inject: [APP_CONFIG, OperationsInFlight, Metrics],
      useFactory: (config: AppConfig, operations: OperationsInFlight, metrics: Metrics) =>
        createGraphqlOptions(config, operations, metrics),
    }),
    TerminusModule.forRoot({ errorLogStyle: 'json' }),
    IdentityModule,
    GroupsModule,
    ConversationModule,
    NotificationsModule,
    TownHallsModule,
  ],
  controllers: [HealthController, MetricsController],
  providers: [HealthResolver, SubscriptionServer, MetricsServer],
})
export class AppModule {
  /** The app with its logging: JSON lines at LOG_LEVEL (see loggerParams), where `log` says. */
  static register(log: LogOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => loggerParams(config, log),
        }),
      ],
    };
  }
}
