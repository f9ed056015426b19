import type { content as source } from '../fr/content';

export const content: typeof source = {
  onlyIn: (language: string) => `Deze tekst bestaat alleen in het ${language}.`,
  inLanguage: (language: string) => `(in het ${language})`,
};
