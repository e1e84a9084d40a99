export * from './rule';
export * from './rule-engine';
export * from './state';
export { STANDARD_RULES, type StandardRule } from './catalogue/standard-rules';
export { TR056 } from './rules/tr056.rule';
export { TR135 } from './rules/tr135.rule';
export { TR378 } from './rules/tr378.rule';
export * from './config/contract-register';
export { bindingOf, heenberichtOf, type RetourBinding } from './rules/retour.support';
