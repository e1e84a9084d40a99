export * from './state-view';
export * from './toewijzing-state';
export * from './declaratie-state';
