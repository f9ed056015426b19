/** The nl catalogue, one module per part of the site (each part has the same keys in every language). */
import { chrome } from './chrome';
import { site } from './site';
import { plan } from './plan';
import { action } from './action';
import { status } from './status';
import { indicators } from './indicators';
import { charts } from './charts';
import { history } from './history';
import { explorer } from './explorer';
import { search } from './search';
import { data } from './data';
import { content } from './content';
import { format } from './format';
import { bilans } from './bilans';

import type { Messages } from '../index';

export const nl: Messages = { chrome, site, plan, action, status, indicators, charts, history, explorer, search, data, content, format, bilans };
