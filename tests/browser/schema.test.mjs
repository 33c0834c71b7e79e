// docs/scorecard.schema.json must describe exactly the file the core writes: every sample
// validates against it, and its keys, required keys and table columns are compared with
// core/model/describe.h (parsed here), so the schema fails this test the moment the code and
// the document drift apart. Run: node --test tests/browser/schema.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'docs/scorecard.schema.json'), 'utf8'));
const describeSource = readFileSync(join(root, 'core/model/describe.h'), 'utf8');
const samplesDir = join(root, 'assets/samples');
const sampleFiles = readdirSync(samplesDir).filter((f) => f.endsWith('.scorecard.json')).sort();

function compile() {
  // Tuples are open on purpose: a table may carry unknown columns after the known ones.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

// Splits C++ code on the semicolons outside string literals.
function statements(code) {
  const out = [];
  let cur = '';
  let inString = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (inString && c === '\\') { cur += c + code[++i]; continue; }
    if (c === '"') inString = !inString;
    if (c === ';' && !inString) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  return out;
}

// Each describe(V& v, Type& x) block: its keys in order, which are required, which are tables.
// A field is required when its FieldInfo says .need() (or is the id); statements may wrap.
function parseDescribe(source) {
  const blocks = new Map();
  const blockRe = /template <class V>\s*void describe\(V& v, (\w+)& \w\) \{([\s\S]*?)\n\}/g;
  for (const [, type, body] of source.matchAll(blockRe)) {
    const keys = [];
    const code = body.split('\n').filter((l) => !l.trim().startsWith('//')).join(' ');
    for (const raw of statements(code)) {
      const stmt = raw.replace(/\s+/g, ' ').replace(/\( /g, '(').trim();
      let m;
      if ((m = stmt.match(/^describeEntityHead\(v, x(?:, (kOptional|kRequired))?\)$/))) {
        keys.push({ key: 'id', required: true }, { key: 'name', required: m[1] !== 'kOptional' });
      } else if (stmt.startsWith('describeEntityTail(')) {
        keys.push({ key: 'notes', required: false }, { key: 'created', required: false }, { key: 'updated', required: false });
      } else if ((m = stmt.match(/^v\.field\("(\w+)", \w\.(\w+), (.*)\)$/))) {
        keys.push({ key: m[1], required: /\.need\(\)|field::id\(\)/.test(m[3]) });
      } else if ((m = stmt.match(/^v\.table\("(\w+)", \w\.(\w+), .*\)$/))) {
        keys.push({ key: m[1], required: false, table: true });
      } else if (stmt) {
        throw new Error(`describe(${type}): cannot read "${stmt}"; update the parser in this test`);
      }
    }
    blocks.set(type, keys);
  }
  return blocks;
}

const blocks = parseDescribe(describeSource);
const defOf = (type) => (type === 'Document' ? schema : schema.$defs[type]);
const refName = (ref) => ref.replace('#/$defs/', '');

test('describe.h parses into every document type', () => {
  for (const type of ['Document', 'DocumentInfo', 'Dimension', 'Promise', 'Channel', 'ProductChannelPair', 'Partner',
    'RulesOfEngagement', 'Material', 'Deal', 'KpiRecord', 'PulseAnswer', 'PairObservation']) {
    assert.ok(blocks.has(type), `no describe() block for ${type}`);
  }
  assert.ok(blocks.size >= 45, `only ${blocks.size} describe() blocks found`);
});

test('every key in describe.h appears in the schema', () => {
  const schemaText = JSON.stringify(schema);
  const keys = [...describeSource.matchAll(/v\.(?:field|table)\("(\w+)"/g)].map((m) => m[1]);
  assert.ok(keys.length > 200, `only ${keys.length} keys found in describe.h`);
  for (const key of new Set(keys)) assert.ok(schemaText.includes(`"${key}":`), `schema lacks key "${key}"`);
});

test('each type in the schema has exactly the keys of its describe(), in order, with the same required keys', () => {
  for (const [type, keys] of blocks) {
    const def = defOf(type);
    assert.ok(def, `schema has no $defs/${type}`);
    let props = Object.keys(def.properties);
    if (type === 'Document') {
      assert.equal(props[0], 'schema_version');
      props = props.slice(1);
    }
    assert.deepEqual(props, keys.map((k) => k.key), `${type}: properties differ from describe()`);
    const required = keys.filter((k) => k.required).map((k) => k.key);
    const schemaRequired = (def.required ?? []).filter((k) => !(type === 'Document' && k === 'schema_version'));
    assert.deepEqual(schemaRequired, required, `${type}: required keys differ from describe()`);
    assert.equal(def.additionalProperties, true, `${type}: unknown keys must be allowed (they are preserved)`);
  }
});

test('each row table lists its columns in describe order and requires the required columns', () => {
  const tables = blocks.get('Document').filter((k) => k.table);
  assert.equal(tables.length, 6);
  for (const { key } of tables) {
    const tableDef = schema.$defs[refName(schema.properties[key].$ref)];
    const elementType = refName(schema.properties[key].$ref).replace(/^table_/, '');
    const columns = blocks.get(elementType);
    assert.ok(columns, `${key}: no describe() for ${elementType}`);
    const described = tableDef.if.properties.columns.prefixItems.map((c) => c.const);
    assert.deepEqual(described, columns.map((c) => c.key), `${key}: column order differs from describe(${elementType})`);
    const cells = tableDef.then.properties.rows.items.prefixItems;
    assert.equal(cells.length, columns.length, `${key}: one cell type per column`);
    const requiredColumns = tableDef.properties.columns.allOf.map((c) => c.contains.const);
    assert.deepEqual(requiredColumns, columns.filter((c) => c.required).map((c) => c.key), `${key}: required columns`);
  }
});

test('there are five samples and every one is valid against the schema', () => {
  assert.ok(sampleFiles.length >= 5, `only ${sampleFiles.length} samples`);
  const validate = compile();
  for (const file of sampleFiles) {
    const doc = JSON.parse(readFileSync(join(samplesDir, file), 'utf8'));
    const ok = validate(doc);
    assert.ok(ok, `${file}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
  }
});

test('the schema rejects documents the core would reject or flag', () => {
  const validate = compile();
  const base = JSON.parse(readFileSync(join(samplesDir, 'partner-program.scorecard.json'), 'utf8'));
  const broken = [
    ['no info', (d) => { delete d.info; }],
    ['newer schema version', (d) => { d.schema_version = 2; }],
    ['partner without id', (d) => { delete d.partners[0].id; }],
    ['text where a whole number belongs', (d) => { d.readiness.customers = '1620'; }],
    ['decimal where a whole number belongs', (d) => { d.pairs[0].revenue_minor = 1.5; }],
    ['bad timestamp', (d) => { d.partners[0].created = 'yesterday'; }],
    ['bad date', (d) => { d.partners[0].joined_on = '03/01/2019'; }],
    ['bad period', (d) => { d.kpi_records.rows[0][3] = 'May 2026'; }],
    ['table as a list of objects', (d) => { d.deals = [{ id: 'd1', partner_id: 'p_prairie' }]; }],
    ['table without a required column', (d) => { d.kpi_records.columns[4] = 'metric'; }],
    ['text in a numeric row cell', (d) => { d.deals.rows[0][6] = 'forty'; }],
    ['short row', (d) => { d.pulse_answers.rows[0] = d.pulse_answers.rows[0].slice(0, 5); }],
  ];
  for (const [what, mutate] of broken) {
    const doc = structuredClone(base);
    mutate(doc);
    assert.equal(validate(doc), false, `schema accepted a document with ${what}`);
  }
});

test('a field added to describe.h but not to the schema is caught', () => {
  const drifted = describeSource.replace('v.field("tier", x.tier, field::text("Tier"));',
    'v.field("tier", x.tier, field::text("Tier"));\n    v.field("region_code", x.regionCode, field::text("Region"));');
  assert.notEqual(drifted, describeSource, 'the Partner describe() no longer has the line this test edits');
  const partnerKeys = parseDescribe(drifted).get('Partner').map((k) => k.key);
  assert.notDeepEqual(Object.keys(schema.$defs.Partner.properties), partnerKeys);
});

test('docs/FORMAT.md documents every key of every type', () => {
  const doc = readFileSync(join(root, 'docs/FORMAT.md'), 'utf8');
  for (const [type, keys] of blocks) {
    const start = doc.indexOf(`\n### ${type}\n`);
    assert.ok(start >= 0, `FORMAT.md has no section for ${type}`);
    const end = doc.indexOf('\n### ', start + 1);
    const section = doc.slice(start, end < 0 ? undefined : end);
    for (const { key } of keys) assert.ok(section.includes(`| \`${key}\` |`), `FORMAT.md ${type} lacks key "${key}"`);
  }
});
