export * from './lib/enums';
export * from './lib/limits';
export * from './lib/text';
