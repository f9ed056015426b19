/**
 * The DCAT catalogue of the site's datasets (`/catalog.jsonld`), in the DCAT-AP shape that
 * data.gouv.fr's DCAT harvester reads: a `dcat:Catalog` holding one `dcat:Dataset` per public plan
 * (and one for all public plans together), each with `dct:identifier`, `dct:title`,
 * `dct:description`, `dct:license`, `dct:modified` and its files as `dcat:Distribution`s with
 * `dcat:downloadURL`, `dcat:accessURL`, `dcat:mediaType` (IANA), `dct:format` (EU file types) and
 * `dcat:byteSize`. Fictional plans are left out: a national portal must not harvest invented data.
 *
 * All URLs are absolute, built from the configured site URL and base path.
 *
 * Titles, descriptions and keywords are JSON-LD language-tagged literals
 * (`{"@value": "…", "@language": "nl"}`), one per language of the site, the default first; a
 * plan's own title keeps the language it is written in.
 */
import type { UiLanguage } from '../i18n';

/** One text in several languages, the site's default first: each one tagged with its language. */
export type LocalizedText = { lang: UiLanguage; text: string }[];

export interface DcatDistribution {
  title: LocalizedText;
  url: string;
  mediaType: string;
  bytes: number;
  /** SHA-256 of the file, 64 hex digits (a bilan's ZIP): `spdx:checksum`. */
  sha256?: string;
  /** YYYY-MM-DD the file was published (a bilan's date): `dct:issued`. */
  issued?: string;
  /** A bilan's id: `owl:versionInfo`. */
  version?: string;
}

export interface DcatDataset {
  /** Absolute URL identifying the dataset (the data page's section about it). */
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  keywords: LocalizedText;
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
  /** The site's languages, the default first (`dct:language`). */
  languages: UiLanguage[];
  title: LocalizedText;
  description: LocalizedText;
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

/** The EU authority's language URIs. */
const LANGUAGE_URIS: Record<UiLanguage, string> = {
  fr: 'http://publications.europa.eu/resource/authority/language/FRA',
  nl: 'http://publications.europa.eu/resource/authority/language/NLD',
  en: 'http://publications.europa.eu/resource/authority/language/ENG',
};

/** Language-tagged literals; the same text twice in one language is written once. */
function literals(texts: LocalizedText): { '@value': string; '@language': string }[] {
  const seen = new Set<string>();
  return texts.flatMap(({ lang, text }) => {
    const key = `${lang}\u0000${text}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ '@value': text, '@language': lang }];
  });
}

const date = (day: string) => ({ '@value': day, '@type': 'xsd:date' });

function agent(name: string, url?: string) {
  return { '@type': 'foaf:Agent', 'foaf:name': name, ...(url ? { 'foaf:homepage': { '@id': url } } : {}) };
}

/** The catalogue as a JSON-LD document (a plain object, ready for JSON.stringify). */
export function dcatCatalog(c: DcatCatalog): Record<string, unknown> {
  return { ...catalogHead(c), 'dcat:dataset': c.datasets.map((d) => datasetNode(c, d)) };
}

/**
 * The text of `JSON.stringify(dcatCatalog(c), null, 2)` and a final line break, one dataset at a
 * time: a thousand plans' catalogue is over 100 MB of JSON, never made whole (exports write it to
 * a file as it comes).
 */
export function* dcatCatalogJson(c: DcatCatalog): Generator<string> {
  const head = JSON.stringify(catalogHead(c), null, 2);
  // The datasets are the document's last key: the head without its closing brace, then the list.
  yield `${head.slice(0, -2)},\n  "dcat:dataset": `;
  if (c.datasets.length === 0) yield '[]';
  for (const [i, d] of c.datasets.entries()) {
    // An element of a list two levels deep: JSON strings escape line breaks, so every line
    // break of the element's text is JSON's own.
    yield (i === 0 ? '[\n    ' : ',\n    ') + JSON.stringify(datasetNode(c, d), null, 2).replace(/\n/g, '\n    ');
  }
  if (c.datasets.length > 0) yield '\n  ]';
  yield '\n}\n';
}

/** Everything of the catalogue but its datasets, in the order of its keys. */
function catalogHead(c: DcatCatalog) {
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      spdx: 'http://spdx.org/rdf/terms#',
      owl: 'http://www.w3.org/2002/07/owl#',
    },
    '@id': c.url,
    '@type': 'dcat:Catalog',
    'dct:title': literals(c.title),
    'dct:description': literals(c.description),
    'dct:language': c.languages.map((language) => ({ '@id': LANGUAGE_URIS[language] })),
    'foaf:homepage': { '@id': c.homepage },
    'dct:publisher': agent(c.publisher.name, c.publisher.url),
  };
}

/** One dataset of the catalogue with its distributions. */
function datasetNode(c: DcatCatalog, d: DcatDataset) {
  const licence = d.licence.url ? { '@id': d.licence.url } : d.licence.name;
  return {
    '@id': d.id,
    '@type': 'dcat:Dataset',
    'dct:identifier': d.id,
    'dct:title': literals(d.title),
    'dct:description': literals(d.description),
    'dcat:keyword': literals(d.keywords),
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
      'dct:title': literals(f.title),
      'dcat:downloadURL': { '@id': f.url },
      'dcat:accessURL': { '@id': f.url },
      'dcat:mediaType': { '@id': IANA + f.mediaType },
      ...(FORMATS[f.mediaType] ? { 'dct:format': { '@id': FILE_TYPE + FORMATS[f.mediaType] } } : {}),
      'dcat:byteSize': { '@value': String(f.bytes), '@type': 'xsd:nonNegativeInteger' },
      ...(f.issued ? { 'dct:issued': date(f.issued) } : {}),
      ...(f.version ? { 'owl:versionInfo': f.version } : {}),
      ...(f.sha256
        ? {
            'spdx:checksum': {
              '@type': 'spdx:Checksum',
              'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
              'spdx:checksumValue': { '@value': f.sha256, '@type': 'xsd:hexBinary' },
            },
          }
        : {}),
      'dct:license': licence,
    })),
  };
}
