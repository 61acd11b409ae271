import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, AppConfig, AuditService } from '@hearth/api/core';
import { AuthService } from './auth/auth.service';
import { AccessTokenVerifier } from './auth/access-token-verifier';
import { JwtStrategy } from './auth/jwt.strategy';
import { PasswordHasher } from './auth/password-hasher';
import { SessionCache } from './auth/session-cache';
import { SessionCheck } from './auth/session-check';
import { SessionInvalidationListener } from './auth/session-invalidation.listener';
import { AuditLogService } from './admin/audit-log.service';
import { BackgroundJobsService } from './admin/background-jobs.service';
import { IDENTITY_RESOLVERS } from './identity.resolvers';
import { OrgInvitationsService } from './invitations/org-invitations.service';
import { OrganisationService } from './organisation/organisation.service';
import { People } from './users/people';
import { UsersService } from './users/users.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256', expiresIn: config.accessTokenTtlSeconds },
      }),
    }),
  ],
  providers: [
    {
      provide: SessionCache,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SessionCache(config.sessionCacheSize),
    },
    SessionCheck,
    SessionInvalidationListener,
    JwtStrategy,
    AccessTokenVerifier,
    PasswordHasher,
    AuditService,
    AuthService,
    UsersService,
    People,
    OrgInvitationsService,
    OrganisationService,
    BackgroundJobsService,
    AuditLogService,
    ...IDENTITY_RESOLVERS,
  ],
  exports: [
    PasswordHasher,
    JwtModule,
    AuditService,
    UsersService,
    People,
    OrganisationService,
    AccessTokenVerifier,
  ],
})
export class IdentityModule {}
