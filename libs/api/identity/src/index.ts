export * from './lib/users/user.entity';
export * from './lib/auth/session.entity';
export * from './lib/invitations/org-invitation.entity';
export * from './lib/organisation/organisation.entity';
export * from './lib/identity.module';
export * from './lib/auth/password-hasher';
export * from './lib/auth/jwt-payload';
