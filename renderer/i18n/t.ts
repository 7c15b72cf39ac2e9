// Messages outside a component (view models, labels built in helpers): the active language's.
// A component that calls these still calls useT() so that it re-renders when the language changes.
export { translate as t } from './useT';
