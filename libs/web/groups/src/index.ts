export * from './lib/group-directory-page';
export * from './lib/my-groups-page';
export * from './lib/group-page';
export * from './lib/create-group-dialog';
