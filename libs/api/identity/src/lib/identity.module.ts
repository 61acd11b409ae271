import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, AppConfig } from '@hearth/api/core';
import { JwtStrategy } from './auth/jwt.strategy';
import { PasswordHasher } from './auth/password-hasher';

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
  providers: [JwtStrategy, PasswordHasher],
  exports: [PasswordHasher, JwtModule],
})
export class IdentityModule {}
