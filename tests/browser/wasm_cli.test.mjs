// The WebAssembly CLI (dist/bin/scorecard.mjs, cli/wasm_cli.cmake) against the native one
// (dist/bin/scorecard): every command on every sample, the import CSVs of tests/data/import and
// the usage errors, each run by both in a fresh directory holding the same input files. Stdout,
// stderr, the exit code and every file left in the directory must be byte-identical.
// SCORECARD_NATIVE_CLI and SCORECARD_WASM_CLI point the test at other builds.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const nativeCli = process.env.SCORECARD_NATIVE_CLI || path.join(repoRoot, 'dist/bin/scorecard');
const wasmCli = process.env.SCORECARD_WASM_CLI || path.join(repoRoot, 'dist/bin/scorecard.mjs');
const samplesDir = path.join(repoRoot, 'assets/samples');
const importDir = path.join(repoRoot, 'tests/data/import');
const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.scorecard.json')).sort();
const today = ['--today', '2026-11-24'];

// Every input a command line below names, copied into each run's directory under these names.
function inputs() {
  const files = {};
  for (const s of samples) files[s] = fs.readFileSync(path.join(samplesDir, s));
  for (const f of fs.readdirSync(importDir)) files[f] = fs.readFileSync(path.join(importDir, f));
  return files;
}

// `import` stamps rows with the current time; two runs may fall in different seconds, so a
// timestamp within a minute of the run reads "<now>" (every other byte is compared as is).
function withoutNow(text, from, to) {
  return text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, (stamp) => {
    const t = Date.parse(stamp);
    return t >= from - 60000 && t <= to + 60000 ? '<now>' : stamp;
  });
}

// Runs one CLI with `args` in a fresh directory; returns what it printed and the files it left.
function run(which, args, files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `scorecard-${which}-`));
  try {
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
    const [cmd, argv] = which === 'native' ? [nativeCli, args] : [process.execPath, [wasmCli, ...args]];
    const from = Date.now();
    const r = spawnSync(cmd, argv, { cwd: dir, maxBuffer: 256 << 20, env: { ...process.env, TZ: 'UTC' } });
    if (r.error) throw r.error;
    const text = (bytes) => withoutNow(bytes.toString('latin1'), from, Date.now());
    const left = {};
    for (const name of fs.readdirSync(dir).sort()) {
      const bytes = fs.readFileSync(path.join(dir, name));
      if (!files[name] || !bytes.equals(files[name])) left[name] = text(bytes);
    }
    return { status: r.status, signal: r.signal, stdout: text(r.stdout), stderr: text(r.stderr), left };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// "stdout at 1234: native «...» wasm «...»" for the first field (or file) that differs.
function firstDifference(native, wasm) {
  for (const key of ['status', 'signal', 'stdout', 'stderr']) {
    if (native[key] === wasm[key]) continue;
    const [a, b] = [String(native[key]), String(wasm[key])];
    let i = 0;
    while (i < a.length && a[i] === b[i]) ++i;
    const around = (t) => JSON.stringify(t.slice(Math.max(0, i - 60), i + 60));
    return `${key} at ${i}: native ${around(a)} wasm ${around(b)}`;
  }
  const names = [...new Set([...Object.keys(native.left), ...Object.keys(wasm.left)])];
  for (const name of names) {
    if (native.left[name] === wasm.left[name]) continue;
    return firstDifference({ stdout: native.left[name] ?? '(missing)' }, { stdout: wasm.left[name] ?? '(missing)' })
      .replace('stdout', `file ${name}`);
  }
  return 'no difference';
}

function commandLines() {
  const [pp, other] = ['partner-program.scorecard.json', samples.find((s) => s !== 'partner-program.scorecard.json')];
  const lines = [[], ['--help'], ['help'], ['nonsense'], ['validate'], ['validate', 'missing.json'],
    ['validate', '--max-size', '1K', pp], ['validate', '--max-size', 'lots', pp], ['validate', ...samples]];
  for (const s of samples) {
    lines.push(['validate', s], ['score', s, ...today], ['score', '--format', 'json', s, ...today],
      ['partners', s, ...today], ['partners', '--format', 'json', s, ...today], ['partners', '--all-periods', s, ...today],
      ['audit', s, ...today], ['audit', '--format', 'json', s, ...today], ['export', s, '--table', 'deals'],
      ['export', s, '--table', 'kpi_records', '-o', 'kpis.csv'], ['format', s], ['format', '--check', s],
      ['format', s, '-o', 'canonical.json'], ['report', s, '--date', '2026-11-24', '-o', 'report.html'],
      ['diff', s, pp], ['diff', '--format', 'json', pp, s], ['merge', s, pp, '-o', 'merged.json'],
      ['merge', '--base', pp, pp, s, '--format', 'json']);
  }
  lines.push(['audit-copy', pp, '--partner', 'p_prairie', 'copy.txt'],
    ['audit-copy', pp, '--partner', 'p_prairie', 'copy.txt', '--format', 'json'],
    ['audit', pp, '--partner', 'p_delta', '--copy', 'copy.txt', ...today],
    ['import', pp, '--table', 'deals', 'deals.csv', '-o', 'imported.json'],
    ['import', pp, '--table', 'deals', 'deals.csv', '--dry-run'],
    ['import', pp, '--table', 'price_book', 'price_book.csv', '-o', 'imported.json'],
    ['import', other, '--table', 'deals', 'ragged.csv'],
    ['csv-preview', 'deals.csv'], ['csv-preview', 'price_book.csv'], ['csv-preview', 'ragged.csv'],
    ['csv-preview', '--delimiter', 'tab', 'deals.csv'],
    ['generate', '--preset', 'small'], ['generate', '--preset', 'small', '--seed', '9', '-o', 'gen.json'],
    ['generate', '--preset', 'huge'], ['generate', '--preset', 'small', '--seed', '-1']);
  return lines;
}

// Every command's --help, named by the native CLI's own overview.
function helpLines() {
  const overview = spawnSync(nativeCli, ['--help']).stdout.toString();
  const names = [...overview.matchAll(/^ {2}([a-z][a-z-]+) +\S/gm)].map((m) => m[1]);
  assert.ok(names.includes('generate') && names.includes('validate'), overview);
  return names.map((n) => [n, '--help']);
}

test('both CLIs are built', () => {
  assert.ok(fs.existsSync(nativeCli), `${nativeCli} missing: build the native CLI first (./test.sh builds it)`);
  assert.ok(fs.existsSync(wasmCli), `${wasmCli} missing: the web build writes it (scripts/build.sh web)`);
});

test('the wasm CLI prints, writes and exits exactly as the native one', () => {
  const files = inputs();
  const lines = [...helpLines(), ...commandLines()];
  const differing = [];
  for (const args of lines) {
    const native = run('native', args, files);
    const wasm = run('wasm', args, files);
    if (!isDeepStrictEqual(wasm, native)) differing.push({ args, native, wasm });
  }
  assert.ok(lines.length > 100, `only ${lines.length} command lines`);
  // Every differing command line, each with where its output first differs.
  const report = differing.map((d) => `scorecard ${d.args.join(' ')}\n  ${firstDifference(d.native, d.wasm)}`);
  assert.equal(report.join('\n'), '', `${differing.length} of ${lines.length} command lines differ`);
});

// The generated file, read back by the other CLI: one generator, one set of bytes.
test('a file generated by the wasm CLI is the native one byte for byte and validates', () => {
  const wasm = run('wasm', ['generate', '--preset', 'small', '--seed', '42'], {});
  const native = run('native', ['generate', '--preset', 'small', '--seed', '42'], {});
  assert.equal(wasm.status, 0, wasm.stderr);
  assert.equal(wasm.stdout, native.stdout);
  const validated = run('native', ['validate', 'gen.json'], { 'gen.json': Buffer.from(wasm.stdout, 'latin1') });
  assert.equal(validated.status, 0, validated.stdout + validated.stderr);
});
