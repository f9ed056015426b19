/**
 * The DCAT catalogue of the site's datasets (`/catalog.jsonld`), in the DCAT-AP shape that
 * data.gouv.fr's DCAT harvester reads: a `dcat:Catalog` holding one `dcat:Dataset` per public plan
 * (and one for all public plans together), each with `dct:identifier`, `dct:title`,
 * `dct:description`, `dct:license`, `dct:modified` and its files as `dcat:Distribution`s with
 * `dcat:downloadURL`, `dcat:accessURL`, `dcat:mediaType` (IANA), `dct:format` (EU file types) and
 * `dcat:byteSize`. Fictional plans are left out: a national portal must not harvest invented data.
 *
 * All URLs are absolute, built from the configured site URL and base path.
 */
export interface DcatDistribution {
  title: string;
  url: string;
  mediaType: string;
  bytes: number;
}

export interface DcatDataset {
  /** Absolute URL identifying the dataset (the data page's section about it). */
  id: string;
  title: string;
  description: string;
  keywords: string[];
  licence: { name: string; url?: string };
  /** YYYY-MM-DD. */
  modified?: string;
  period?: { start: number; end: number };
  creator?: string;
  landingPage: string;
  distributions: DcatDistribution[];
}

export interface DcatCatalog {
  url: string;
  title: string;
  description: string;
  homepage: string;
  publisher: { name: string; url?: string };
  contactUrl?: string;
  datasets: DcatDataset[];
}

const FORMATS: Record<string, string> = {
  'text/csv': 'CSV',
  'application/json': 'JSON',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/zip': 'ZIP',
};

const IANA = 'http://www.iana.org/assignments/media-types/';
const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';

const date = (day: string) => ({ '@value': day, '@type': 'xsd:date' });

function agent(name: string, url?: string) {
  return { '@type': 'foaf:Agent', 'foaf:name': name, ...(url ? { 'foaf:homepage': { '@id': url } } : {}) };
}

/** The catalogue as a JSON-LD document (a plain object, ready for JSON.stringify). */
export function dcatCatalog(c: DcatCatalog): Record<string, unknown> {
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': c.url,
    '@type': 'dcat:Catalog',
    'dct:title': c.title,
    'dct:description': c.description,
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/FRA' },
    'foaf:homepage': { '@id': c.homepage },
    'dct:publisher': agent(c.publisher.name, c.publisher.url),
    'dcat:dataset': c.datasets.map((d) => {
      const licence = d.licence.url ? { '@id': d.licence.url } : d.licence.name;
      return {
        '@id': d.id,
        '@type': 'dcat:Dataset',
        'dct:identifier': d.id,
        'dct:title': d.title,
        'dct:description': d.description,
        'dcat:keyword': d.keywords,
        'dct:license': licence,
        ...(d.modified ? { 'dct:modified': date(d.modified) } : {}),
        ...(d.period
          ? {
              'dct:temporal': {
                '@type': 'dct:PeriodOfTime',
                'dcat:startDate': date(`${d.period.start}-01-01`),
                'dcat:endDate': date(`${d.period.end}-12-31`),
              },
            }
          : {}),
        'dct:publisher': agent(c.publisher.name, c.publisher.url),
        ...(d.creator ? { 'dct:creator': agent(d.creator) } : {}),
        ...(c.contactUrl
          ? { 'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': c.publisher.name, 'vcard:hasURL': { '@id': c.contactUrl } } }
          : {}),
        'dcat:landingPage': { '@id': d.landingPage },
        'dcat:distribution': d.distributions.map((f) => ({
          '@id': f.url,
          '@type': 'dcat:Distribution',
          'dct:title': f.title,
          'dcat:downloadURL': { '@id': f.url },
          'dcat:accessURL': { '@id': f.url },
          'dcat:mediaType': { '@id': IANA + f.mediaType },
          ...(FORMATS[f.mediaType] ? { 'dct:format': { '@id': FILE_TYPE + FORMATS[f.mediaType] } } : {}),
          'dcat:byteSize': { '@value': String(f.bytes), '@type': 'xsd:nonNegativeInteger' },
          'dct:license': licence,
        })),
      };
    }),
  };
}
