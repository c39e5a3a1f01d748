// What the package takes of a microcontroller's heap: MicroPython 1.27 (WebAssembly build),
// in four cases, in KiB.
//
// Usage: node tests/micropython/footprint.mjs [--check]
//   --check: exit with status 1 if a case keeps more than its goal
// The export of relu, leaky_relu, sigmoid, tanh and their derivatives is made by CPython from
// src/ ($PYTHON, or python3).
//
// kept:      the heap still in use after a garbage collection, once the case has run.
// peak:      the most in use at the end of any step, before its collection, the heap being
//            collected between steps as a board collects it when it runs short.
// allocated: everything the case allocates when nothing is collected, compiling included.
//
// This build collects garbage only when control returns to JavaScript (ports/webassembly/
// main.c: with MICROPY_GC_SPLIT_HEAP_AUTO, gc.collect() inside Python only marks a collection
// as pending), so each step is a runPython() of its own, and the heap is read at the start of
// the next one, after the collection.  Read inside one runPython(), gc.collect() frees
// nothing, and the figure is the third column's.
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import url from "url";

const here = path.dirname(url.fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const flags = process.argv.slice(2);
const exported = execFileSync(
  process.env.PYTHON || "python3",
  [
    "-c",
    "import activations\n" +
      "names = [n + s for n in ('relu', 'leaky_relu', 'sigmoid', 'tanh') for s in ('', '_derivative')]\n" +
      "print(activations.export(*names), end='')",
  ],
  { env: { ...process.env, PYTHONPATH: path.join(root, "src") } },
);

const imports = (names) => names.map((name) => "import activations." + name);
const core = (source) =>
  "for name in ('relu', 'leaky_relu', 'sigmoid', 'tanh'):\n" +
  `    for f in (getattr(${source}, name), getattr(${source}, name + '_derivative')):\n` +
  (source === "activations" ? "        f(0.5), f([0.5, -1.0])" : "        f(0.5), f(-1.0)");
// Each case: what it is, its goal in KiB, and its steps, which a program would run in one go.
const CASES = [
  ["import activations", 16, ["import activations"]],
  [
    "relu, leaky_relu, sigmoid, tanh and their derivatives, on a number and a list",
    64,
    [
      "import activations",
      ...imports(["_fallbacks", "_reals", "_lift", "_rectifiers", "_sigmoids"]),
      core("activations"),
    ],
  ],
  [
    "every public function called once",
    192,
    [
      "import activations",
      ...imports(["_fallbacks", "_reals", "_lift", "_rectifiers", "_sigmoids", "_shrinks"]),
      ...imports(["_gates", "_lift_rows", "_softmaxes", "_glus"]),
      "PARAMETERS = {'threshold': (0.5, -1.0), 'prelu': (0.25,)}\n" +
        "for name in activations.__all__:\n" +
        "    family = name.replace('_derivative', '').rstrip('_')\n" +
        "    getattr(activations, name)([0.5, -1.0, 2.0, -3.0], *PARAMETERS.get(family, ()))",
    ],
  ],
  [
    "export() of the four and their derivatives, imported and called",
    8,
    ["import exported", core("exported")],
  ],
];

async function micropython() {
  const mp = await loadMicroPython({ heapsize: 1024 * 1024, pystack: 64 * 1024 });
  mp.FS.mkdir("/lib");
  mp.FS.mkdir("/lib/activations");
  const source = path.join(root, "src", "activations");
  for (const name of fs.readdirSync(source).filter((name) => name.endsWith(".py"))) {
    mp.FS.writeFile("/lib/activations/" + name, fs.readFileSync(path.join(source, name)));
  }
  mp.FS.writeFile("/lib/exported.py", exported);
  run(mp, "import gc, sys\nsys.path.append('/lib')");
  run(mp, "base = gc.mem_alloc()"); // after the collection that ended the step before
  return mp;
}

function run(mp, code) {
  try {
    mp.runPython(code + "\nheap = gc.mem_alloc() - base if 'base' in globals() else 0");
  } catch (error) {
    throw new Error("MicroPython: " + String(error.message || error)); // not the whole build
  }
  return mp.globals.get("heap");
}

async function measure(steps) {
  const together = await micropython();
  const allocated = run(together, steps.join("\n"));
  const kept = run(together, "pass");
  const apart = await micropython();
  let peak = 0;
  for (const step of steps) {
    peak = Math.max(peak, run(apart, step));
  }
  return [kept, peak, allocated];
}

const kib = (bytes, width) => (bytes / 1024).toFixed(1).padStart(width);
console.log("KiB of heap, MicroPython 1.27 (WebAssembly)".padEnd(50) + "kept  goal   peak  allocated");
let missed = 0;
for (const [label, goal, steps] of CASES) {
  const [kept, peak, allocated] = await measure(steps);
  const over = kept > goal * 1024;
  missed += over;
  console.log(
    label.slice(0, 46).padEnd(46) + kib(kept, 8) + String(goal).padStart(6) + kib(peak, 7) +
      kib(allocated, 11) + (over ? "  MISSED" : ""),
  );
}
if (flags.includes("--check") && missed) {
  console.log(`${missed} case(s) keep more than their goal`);
  process.exitCode = 1;
}
