import { z } from 'astro/zod';
import { UI_LANGUAGES } from '../i18n/languages';

/**
 * A list of interface languages (site.yml, plan.md): each one the catalogue speaks, none twice, at
 * least one. `whose` names the owner in the messages (« langues du site »).
 */
export function languageList(whose: string) {
  return z
    .array(z.enum(UI_LANGUAGES, { error: (issue) => `langue « ${String(issue.input)} » inconnue de l'interface (langues possibles : ${UI_LANGUAGES.join(', ')})` }))
    .min(1, { error: `au moins une langue ${whose} attendue (la première est la langue par défaut)` })
    .superRefine((list, ctx) => {
      const twice = list.find((language, i) => list.indexOf(language) !== i);
      if (twice) ctx.addIssue({ code: 'custom', message: `langue « ${twice} » présente deux fois` });
    });
}
