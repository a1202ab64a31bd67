export * from './api';
export * from './error-reasons';
export * from './errors';
export * from './validate';
