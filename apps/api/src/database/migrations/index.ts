import { Initial1795408251873 } from './1795408251873-initial';
import { Conversation1795430819717 } from './1795430819717-conversation';

/** Every migration, in order, as classes. A new migration is added here. */
export const MIGRATIONS = [Initial1795408251873, Conversation1795430819717];
