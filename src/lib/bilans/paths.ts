import { join, relative } from 'node:path';

/** Folder of a plan's bilans: `<data root>/<plan>/bilans`. */
export const BILANS_DIR = 'bilans';

/** Folder of one bilan, `<data root>/<plan>/bilans/<id>`. */
export const releaseDir = (dataRoot: string, plan: string, id: string): string => join(dataRoot, plan, BILANS_DIR, id);

/** A path as messages and `Release.dir` show it: relative to the working folder (the project). */
export const shown = (path: string): string => relative(process.cwd(), path) || path;
