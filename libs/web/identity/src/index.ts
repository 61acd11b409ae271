export * from './lib/sign-in-page';
export * from './lib/accept-invitation-page';
export * from './lib/people-directory-page';
export * from './lib/profile-page';
export * from './lib/edit-profile-page';
export * from './lib/admin-people-page';
export * from './lib/organisation-settings-page';
export * from './lib/sign-up-page';
