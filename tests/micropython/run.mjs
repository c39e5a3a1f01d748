// Runs the shared case table on MicroPython 1.27 (WebAssembly build) under Node.js.
//
// Installs the package as mip would, the files that package.json lists and only those, into
// MicroPython's /lib; adds tests/cases.py, conformance.py and exported.py, the export of
// relu, leaky_relu, sigmoid, tanh and their derivatives (made by CPython from src/: $PYTHON,
// or python3); runs conformance.py, and exits with status 1 if any case fails.
// Usage: npm install --prefix tests/micropython && node tests/micropython/run.mjs
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";
import { execFileSync } from "child_process";
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
const listed = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
for (const [destination, source] of listed.urls) {
  copy(path.join(root, source), "/lib/" + destination);
}
copy(path.join(root, "tests", "cases.py"), "/lib/cases.py");
copy(path.join(here, "conformance.py"), "/lib/conformance.py");
const core = ["relu", "leaky_relu", "sigmoid", "tanh"].flatMap((name) => [name, name + "_derivative"]);
const exported = execFileSync(
  process.env.PYTHON || "python3",
  ["-c", `import activations; print(activations.export(*${JSON.stringify(core)}), end="")`],
  { env: { ...process.env, PYTHONPATH: path.join(root, "src") } },
);
mp.FS.writeFile("/lib/exported.py", exported);

try {
  mp.runPython("import sys\nsys.path.append('/lib')\nimport conformance\nconformance.main()");
} catch (error) {
  process.stderr.write(String(error.message || error) + "\n");
  process.exitCode = 1;
}
