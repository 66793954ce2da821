// The public face of the analysis core: text in, Analysis out. No editor imports.
export { analyse } from './analyse';
export type * from './types';
