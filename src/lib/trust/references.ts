import { planCharts } from '../charts/catalog';
import type { IssueLog } from '../model/issues';
import { indexPlan } from '../model/queries';
import type { FicheSource } from '../model/read';
import type { Plan } from '../model/types';

/**
 * Checks that every `<Indicateur id>` and `<Graphique id>` of a plan's MDX fiches names an
 * indicator, or a chart (see lib/charts/catalog.ts, e.g. `etats`, `indicateur-<id>`), of that same
 * plan: an unknown id is `file:line: id: …`, so the build never renders an empty box. Charts are
 * enumerated only when a fiche uses one.
 */
export function checkComponentReferences(plan: Plan, fiches: readonly FicheSource[], log: IssueLog): void {
  const uses = fiches.flatMap((fiche) => fiche.components.map((use) => ({ file: fiche.file, ...use })));
  if (uses.length === 0) return;
  const indicators = new Set(plan.indicators.map((i) => i.id));
  let charts: Set<string> | undefined;
  const chartIds = () => (charts ??= new Set(planCharts(indexPlan(plan)).map((c) => c.file.id)));
  for (const use of uses) {
    if (use.refersTo === 'indicator' && !indicators.has(use.id)) {
      log.error(use.file, use.line, 'id', `<${use.name} id="${use.id}"> : indicateur inconnu dans ce plan (attendu : un id de indicators.csv${sample(indicators)})`);
    }
    if (use.refersTo === 'chart' && !chartIds().has(use.id)) {
      log.error(use.file, use.line, 'id', `<${use.name} id="${use.id}"> : graphique inconnu dans ce plan (attendu : l'id d'un graphique du plan, nom de son fichier CSV sur la page « Données »${sample(chartIds())})`);
    }
  }
}

const sample = (ids: Set<string>) => (ids.size === 0 ? ' ; ce plan n’en a aucun' : `, par exemple ${[...ids].slice(0, 3).map((id) => `« ${id} »`).join(', ')}`);
