// Runs the shared case table on MicroPython 1.27 (WebAssembly build) under Node.js.
//
// Copies src/activations/ unchanged, tests/cases.py and conformance.py into MicroPython's
// file system, runs conformance.py, and exits with status 1 if any case fails.
// Usage: npm install --prefix tests/micropython && node tests/micropython/run.mjs
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";
import fs from "fs";
import path from "path";
import url from "url";

const here = path.dirname(url.fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");

const mp = await loadMicroPython({
  heapsize: 64 * 1024 * 1024,
  pystack: 64 * 1024,
  stdout: (line) => process.stdout.write(line + "\n"),
  stderr: (line) => process.stderr.write(line + "\n"),
});

function copy(source, target) {
  mp.FS.writeFile(target, fs.readFileSync(source));
}
mp.FS.mkdir("/lib");
mp.FS.mkdir("/lib/activations");
const packageDir = path.join(root, "src", "activations");
for (const name of fs.readdirSync(packageDir).filter((name) => name.endsWith(".py"))) {
  copy(path.join(packageDir, name), "/lib/activations/" + name);
}
copy(path.join(root, "tests", "cases.py"), "/lib/cases.py");
copy(path.join(here, "conformance.py"), "/lib/conformance.py");

try {
  mp.runPython("import sys\nsys.path.append('/lib')\nimport conformance\nconformance.main()");
} catch (error) {
  process.stderr.write(String(error.message || error) + "\n");
  process.exitCode = 1;
}
