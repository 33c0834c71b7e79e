// Writes the one self-contained page (dist/alignment-scorecard.html) from the hosted build's own
// files: the configured shell page, scorecard.js and scorecard.wasm. The wasm goes in gzip -9
// compressed, as base64, in a script element the browser neither runs nor blocks
// (type="application/octet-stream"); the page's start code (shell/index.html) finds it, unpacks
// it with DecompressionStream and hands it to emscripten through Module.instantiateWasm, so the
// glue never fetches scorecard.wasm. The glue itself is written inline in place of the
// <script src="scorecard.js"> tag, so the file opens by double-click with no server.
// usage: node scripts/single-file.mjs SHELL_HTML SCORECARD_JS SCORECARD_WASM OUT_HTML
import fs from 'node:fs';
import zlib from 'node:zlib';

const [shellPath, scriptPath, wasmPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: node scripts/single-file.mjs SHELL_HTML SCORECARD_JS SCORECARD_WASM OUT_HTML');
  process.exit(2);
}

const tag = '<script src="scorecard.js"></script>';
let page = fs.readFileSync(shellPath, 'utf8');
if (!page.includes(tag)) throw new Error(`${shellPath} has no ${tag} to replace`);

// The single file's policy: the hosted page may load its own files ('self'); the single file
// loads nothing and connects nowhere (the wasm is unpacked in memory, no fetch of a data: URL).
page = page.replace(/(http-equiv="Content-Security-Policy" content=")([^"]*)"/, (all, head, policy) => {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    const kept = sources.filter((s) => s !== "'self'" && !(name === 'connect-src' && s === 'data:'));
    return [name, ...(kept.length ? kept : ["'none'"])].join(' ');
  });
  return `${head}${directives.join('; ')}"`;
});
if (/Content-Security-Policy[^>]*'self'/.test(page)) throw new Error("the single file's policy still allows 'self'");

// "</script" inside the code would end the inline element early; "<\/script" means the same in JS.
const script = fs.readFileSync(scriptPath, 'utf8').replaceAll('</script', '<\\/script');
const wasm = fs.readFileSync(wasmPath);
const packed = zlib.gzipSync(wasm, { level: 9 }).toString('base64');  // [A-Za-z0-9+/=] only
const inline = `<script type="application/octet-stream" id="scorecard-wasm">${packed}</script>\n` +
  `<script>\n${script}\n</script>`;
// A function as replacement: the glue's "$&" or "$'" must not be read as replacement patterns.
page = page.replace(tag, () => inline);

fs.writeFileSync(outPath, page);
const kib = (n) => `${n} bytes (${Math.round(n / 1024)} KiB)`;
console.log(`Single file ${outPath}: ${kib(Buffer.byteLength(page))}; ` +
  `wasm ${kib(wasm.length)} -> gzip+base64 ${kib(packed.length)}`);
