import { Initial1795408251873 } from './1795408251873-initial';

/** Every migration, in order, as classes. A new migration is added here. */
export const MIGRATIONS = [Initial1795408251873];
