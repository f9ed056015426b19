import { planCharts } from '../charts/catalog';
import type { IssueLog } from '../model/issues';
import { indexPlan } from '../model/queries';
import type { FicheSource } from '../model/read';
import type { Plan } from '../model/types';

/**
 * Checks that every `<Indicateur id>` and `<Graphique id>` of a plan's MDX fiches names an
 * indicator, or a chart (see lib/charts/catalog.ts, e.g. `etats`, `indicateur-<id>`), of that same
 * plan: an unknown id is `file:line: id: …`, so the build never renders an empty box. An indicator
 * the action page already shows (one that follows this action), or one chart twice, would repeat
 * a figure (and its ids) on the page: errors too. Charts are enumerated only when a fiche uses one.
 */
export function checkComponentReferences(plan: Plan, fiches: readonly FicheSource[], log: IssueLog): void {
  if (!fiches.some((fiche) => fiche.components.length > 0)) return;
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  let charts: Set<string> | undefined;
  const chartIds = () => (charts ??= new Set(planCharts(indexPlan(plan)).map((c) => c.file.id)));
  for (const fiche of fiches) {
    const action = typeof fiche.data.id === 'string' ? fiche.data.id : undefined;
    // An indicator and its trajectory chart share one figure id: each may appear once per page.
    const shown = new Map<string, number>();
    for (const use of fiche.components) {
      const error = (message: string) => log.error(fiche.file, use.line, 'id', `<${use.name} id="${use.id}"> : ${message}`);
      const indicatorId = use.refersTo === 'indicator' ? use.id : use.id.replace(/^indicateur-/, '');
      if (use.refersTo === 'indicator' && !indicators.has(use.id)) {
        error(`indicateur inconnu dans ce plan (attendu : un id de indicators.csv${sample(new Set(indicators.keys()))})`);
        continue;
      }
      if (use.refersTo === 'chart' && !chartIds().has(use.id)) {
        error(`graphique inconnu dans ce plan (attendu : l'id d'un graphique du plan, nom de son fichier CSV sur la page « Données »${sample(chartIds())})`);
        continue;
      }
      const own = indicators.get(indicatorId);
      if (action && own?.action === action && (use.refersTo === 'indicator' || use.id.startsWith('indicateur-'))) {
        error(`cet indicateur suit cette action : sa page l'affiche déjà dans la section « Indicateurs » (retirez le composant)`);
        continue;
      }
      const key = use.refersTo === 'indicator' ? `indicateur-${use.id}` : use.id;
      const first = shown.get(key);
      if (first !== undefined) error(`déjà inséré ligne ${first} de cette fiche (un graphique n'apparaît qu'une fois par page)`);
      else shown.set(key, use.line);
    }
  }
}

const sample = (ids: Set<string>) => (ids.size === 0 ? ' ; ce plan n’en a aucun' : `, par exemple ${[...ids].slice(0, 3).map((id) => `« ${id} »`).join(', ')}`);
