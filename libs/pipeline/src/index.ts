export * from './message-judge';
