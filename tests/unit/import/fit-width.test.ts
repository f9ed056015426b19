// Rows one cell too long or too short: repaired only when the repair puts every value in a column
// it fits, else refused with a message (never shifted silently).
import { describe, expect, it } from 'vitest';
import { fitWidth, type ColumnKind } from '../../../src/lib/import/import-plan';

// Titre ; Pilote ; Partenaires ; Début ; Fin ; Budget ; État ; Commentaire
const KINDS: ColumnKind[] = ['title', 'text', 'text', 'date', 'date', 'budget', 'status', 'text'];

describe('fitWidth', () => {
  it('removes an empty cell inserted before a block when the values then fit their columns', () => {
    const row = ['Isoler la mairie', 'Service bâtiments', 'Région', '', '2025', '2026', '17 à 27 M€', 'En retard', 'urgent'];
    const fitted = fitWidth(row, 8, KINDS);
    expect(fitted).toMatchObject({ cells: ['Isoler la mairie', 'Service bâtiments', 'Région', '2025', '2026', '17 à 27 M€', 'En retard', 'urgent'] });
    expect('note' in fitted && fitted.note).toMatch(/colonnes réalignées/);
  });

  it('refuses a row made one cell too long by a « ; » in its last text, rather than shift it over an empty cell', () => {
    // « urgent ; à suivre » split in two: dropping the empty partners cell would put 2025 under
    // « Partenaires », the budget under « Fin » and the state under « Budget ».
    const row = ['Isoler la mairie', 'Service bâtiments', '', '2025', '2026', '17 à 27 M€', 'En retard', 'urgent', 'à suivre'];
    const fitted = fitWidth(row, 8, KINDS);
    expect(fitted).toEqual({ error: expect.stringMatching(/^9 cellules pour 8 colonnes, et aucune façon de les réaligner .* mettez ce texte entre guillemets\)$/) });
  });

  it('reads a row with empty cells at its end as it is', () => {
    expect(fitWidth(['A', 'B', '', '2025', '2026', '', 'En cours', '', ''], 8, KINDS)).toEqual({ cells: ['A', 'B', '', '2025', '2026', '', 'En cours', ''] });
  });
});
