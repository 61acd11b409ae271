import './lib/styles.css';

export * from './lib/components';
export * from './lib/interactive';
export * from './lib/popover';
export * from './lib/image-file';
export * from './lib/time';
export * from './lib/edited-at';
export * from './lib/use-debounced';
export * from './lib/use-more';
