export * from './contracts/index.js';
export * from './domain/index.js';
export * from './domain/reminders/index.js';
export * from './cards/index.js';
