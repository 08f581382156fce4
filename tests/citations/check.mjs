// Reads PolicyRef's bibliography back with real processors and prints what they made of it, as JSON:
//   node check.mjs sources.bib sources.csl.json
// - BibTeX: @retorquere/bibtex-parser (the parser behind Better BibTeX for Zotero), LaTeX decoded to Unicode;
// - CSL-JSON: citeproc-js rendering every item in APA style (en-US), as plain text.
// The C# test (tests/PolicyRef.Export.Tests/CitationProcessorTests.cs) compares the result with the data set.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from '@retorquere/bibtex-parser';

const require = createRequire(import.meta.url);
const CSL = require('citeproc');
const styles = require('@citation-js/plugin-csl/lib/styles.json');
const locales = require('@citation-js/plugin-csl/lib/locales.json');

const [bibPath, cslPath] = process.argv.slice(2);
const library = parse(readFileSync(bibPath, 'utf8'), { sentenceCase: false, english: false });
const bibtex = {
  errors: library.errors.map((e) => e.error ?? String(e)),
  entries: library.entries.map((e) => ({
    key: e.key,
    type: e.type,
    author: (e.fields.author ?? []).map((a) => a.name ?? [a.firstName, a.lastName].filter(Boolean).join(' ')),
    title: e.fields.title ?? null,
    year: e.fields.year ?? null,
    month: e.fields.month ?? null,
    date: e.fields.date ?? null,
    url: e.fields.url ?? null,
    howpublished: e.fields.howpublished ?? null,
    urldate: e.fields.urldate ?? null,
    note: e.fields.note ?? null,
  })),
};

const items = JSON.parse(readFileSync(cslPath, 'utf8'));
const byId = Object.fromEntries(items.map((item) => [item.id, item]));
const engine = new CSL.Engine(
  { retrieveLocale: (lang) => locales[lang] ?? locales['en-US'], retrieveItem: (id) => byId[id] },
  styles.apa,
  'en-US',
);
engine.setOutputFormat('text');
engine.updateItems(items.map((item) => item.id));
const [meta, rendered] = engine.makeBibliography();
const csl = {
  errors: meta.bibliography_errors.map((e) => JSON.stringify(e)),
  references: meta.entry_ids.map((ids, i) => ({ id: ids[0], text: rendered[i].trim() })),
};

process.stdout.write(JSON.stringify({ bibtex, csl }, null, 1) + '\n');
