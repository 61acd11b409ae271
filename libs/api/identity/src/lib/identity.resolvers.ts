import { AuditLogResolver } from './admin/audit-log.resolver';
import { BackgroundJobsResolver } from './admin/background-jobs.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { OrgInvitationsResolver } from './invitations/org-invitations.resolver';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { UsersResolver } from './users/users.resolver';

/** Every GraphQL resolver class of identity: registered by IdentityModule and read by the schema emitter. */
export const IDENTITY_RESOLVERS = [
  AuthResolver,
  UsersResolver,
  OrgInvitationsResolver,
  OrganisationResolver,
  AuditLogResolver,
  BackgroundJobsResolver,
];
