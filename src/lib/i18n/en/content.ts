import type { content as source } from '../fr/content';

export const content: typeof source = {
  onlyIn: (language: string) => `This text is only available in ${language}.`,
  inLanguage: (language: string) => `(in ${language})`,
};
