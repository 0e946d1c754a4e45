/** The DOM-free model: annotation types, kinds, verdicts, text offsets and quotes. */
export * from './annotation.ts';
export * from './annotation-input.ts';
export * from './ids.ts';
export * from './kinds.ts';
export * from './quote.ts';
export * from './text.ts';
export * from './verdicts.ts';
export * from './article.ts';
