/**
 * The open-data file of a plan's changes, `donnees/<plan>/changements.csv|json`: one row per field
 * change, raw values as the source files held them (see lib/history). Same writers as the tables.
 */
import type { PlanChange } from '../history/changes';
import { toCsv, toJson } from './csv';
import type { ResourceTable } from './datapackage';
import type { Column } from './schema';
import type { Row } from './rows';

const col = (name: string, description: string, example?: string, type: Column['type'] = 'string'): Column => ({
  name,
  type,
  nature: 'ajoute',
  origin: "calculé depuis l'historique git des fichiers sources",
  description,
  ...(example ? { example } : {}),
});

/** Columns of the changes file, in order; also documented on the field page and in the data package. */
export const CHANGE_COLUMNS: Column[] = [
  col('date', 'Jour où la modification a été enregistrée (date du commit, AAAA-MM-JJ).', '2026-03-12', 'date'),
  col('commit', 'Identifiant du commit git qui porte la modification.', '9c5d2a7…'),
  col('entity', 'Table modifiée (actions, subactions, partners, indicators, indicator_values, budget_lines, updates, hierarchy) ou « fiche » pour la fiche Markdown.', 'actions'),
  col('entity_id', 'Clé de la ligne dans sa table (colonnes de la clé jointes par « | »), ou identifiant de la fiche.', 'km|2025|resultat'),
  col('action_id', "Action concernée ; vide pour l'arborescence et les indicateurs du plan entier.", 'ta1-a03'),
  col('change', 'ajout (ligne ou fiche ajoutée), retrait, ou modification (d’un champ).', 'modification'),
  col('field', 'Colonne modifiée ; vide pour un ajout ou un retrait ; « texte » ou « fichier » pour une fiche.', 'status'),
  col('old_value', "Valeur brute avant (pour un retrait : l'intitulé de la ligne).", 'En cours'),
  col('new_value', "Valeur brute après (pour un ajout : l'intitulé de la ligne ; pour une fiche modifiée : « +N -M lignes »).", 'Réalisé'),
  col('public_note', 'Note publique du commit (ligne « Note-publique: » de son message), le cas échéant.'),
];
CHANGE_COLUMNS.find((c) => c.name === 'change')!.values = ['ajout', 'retrait', 'modification'];

/** The changes file as a data package resource; rows have no key (several changes of one field may share a commit). */
export const CHANGES_TABLE: ResourceTable = {
  name: 'changements',
  title: 'Changements',
  description:
    "Ce qui a changé dans le plan, une ligne par champ modifié, ligne ajoutée ou retirée, lu dans l'historique git des fichiers sources ; valeurs brutes avant et après. Vide quand l'historique n'était pas disponible à la construction.",
  primaryKey: [],
  columns: CHANGE_COLUMNS,
};

/** Rows of the file, newest change first (the file's order within a commit kept). */
export function changeRows(changes: PlanChange[]): Row[] {
  // Commits newest first, each commit's changes in file order.
  const byCommit: PlanChange[][] = [];
  for (const c of changes) {
    const last = byCommit[byCommit.length - 1];
    if (last && last[0].commit === c.commit) last.push(c);
    else byCommit.push([c]);
  }
  return byCommit
    .reverse()
    .flat()
    .map((c) => ({
      date: c.date,
      commit: c.commit,
      entity: c.entity,
      entity_id: c.entityId,
      action_id: c.actionId || null,
      change: c.kind,
      field: c.field || null,
      old_value: c.old || null,
      new_value: c.new || null,
      public_note: c.note || null,
    }));
}

export const changesCsv = (changes: PlanChange[]) => toCsv(CHANGE_COLUMNS, changeRows(changes));
export const changesJson = (changes: PlanChange[]) => toJson(CHANGE_COLUMNS, changeRows(changes));
