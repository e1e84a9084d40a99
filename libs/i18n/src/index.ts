export * from './format';
export * from './lang';
export * from './text';
