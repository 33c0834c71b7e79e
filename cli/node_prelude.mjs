#!/usr/bin/env node
// The scorecard CLI compiled to WebAssembly (cli/wasm_cli.cmake): node scorecard.mjs COMMAND ...
// Node runs a .mjs file as an ES module; the emscripten output below expects CommonJS names.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const require = createRequire(import.meta.url);
const __filename = fileURLToPath(import.meta.url);
const __dirname = dirname(__filename);
