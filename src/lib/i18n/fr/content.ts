/** Interface text: around a plan's own texts (translations). */
export const content = {
  /** Before a text the plan gives only in another language; `language` is its name (« néerlandais »). */
  onlyIn: (language: string) => `Ce texte n'existe qu'en ${language.toLocaleLowerCase('fr-FR')}.`,
  /** After a plan's name in a list, when it is not published in the reader's language. */
  inLanguage: (language: string) => `(en ${language.toLocaleLowerCase('fr-FR')})`,
};
