import './lib/conversation.css';
export * from './lib/pages';
export * from './lib/post-card';
export * from './lib/markdown';
