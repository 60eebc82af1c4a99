export * from './common.js';
export * from './person.js';
export * from './goal.js';
export * from './tenant.js';
export * from './smart.js';
export * from './alignment.js';
