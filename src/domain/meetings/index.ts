// Pure rules for cell meetings (no I/O). Calendar helpers live in ../dates.
export * from './errors';
export * from './rule-messages';
export * from './types';
export * from './schedule';
export * from './attendance';
export * from './absence';
export * from './duration';
export * from './numbering';
export * from './scoring';
export * from './scoring-schemes';
export * from './agenda';
export * from './dues';
export * from './resolution';
export * from './roster';
export * from './score-confirmation';
