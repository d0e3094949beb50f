"""Run functions of the course's ES modules in Node, for tests that hold the browser's code to Python's.

`call_js(module, function, calls)` imports one module in one Node process and returns what the
function gave for each argument list. Floats cross exactly (JSON keeps the shortest round-trip digits);
nan, inf, -inf and -0.0, which JSON cannot carry, cross as {"__float__": "nan"} and so on.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

NODE = shutil.which("node")

RUNNER = r"""
const decode = (v) => Array.isArray(v) ? v.map(decode)
  : v && typeof v === "object" ? ("__float__" in v
      ? {nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0}[v.__float__]
    : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]))) : v;
const encode = (v) => typeof v === "number" ? (Number.isNaN(v) ? {__float__: "nan"}
    : v === Infinity ? {__float__: "inf"} : v === -Infinity ? {__float__: "-inf"}
    : Object.is(v, -0) ? {__float__: "-0"} : v)
  : Array.isArray(v) ? v.map(encode)
  : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)])) : v;
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  const { module, name, calls } = JSON.parse(input);
  const m = await import(module);
  const results = decode(calls).map((args) => encode(m[name](...args)));
  process.stdout.write(JSON.stringify(results));
});
"""


def _encode(value: Any) -> Any:
    """`value` (floats, lists, tuples, dicts, and what JSON takes as it is) with JSON's missing floats tagged.

    value: what goes to Node; nan, inf, -inf and -0.0 become {"__float__": "nan" | "inf" | "-inf" | "-0"}.
    """
    if isinstance(value, float):
        if math.isnan(value):
            return {"__float__": "nan"}
        if math.isinf(value):
            return {"__float__": "inf" if value > 0 else "-inf"}
        if value == 0 and math.copysign(1, value) < 0:
            return {"__float__": "-0"}
        return value
    if isinstance(value, dict):
        return {key: _encode(v) for key, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    """`value` as parsed from Node's JSON, with the tagged floats turned back into Python floats.

    value: what came back; a whole number JSON spells without a point (1.0 in JS is "1") stays an int.
    """
    if isinstance(value, dict):
        if "__float__" in value:
            return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf, "-0": -0.0}[value["__float__"]]
        return {key: _decode(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def node_or_skip() -> str:
    """The node command; without one a skip, or a failure under CI=true."""
    if NODE is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("node is missing: CI must run the browser code's cross-language tests")
        pytest.skip("node is not installed: the browser code's cross-language tests need it")
    return NODE


def call_js(module: Path, function: str, calls: list[list[Any]]) -> list[Any]:
    """`module`'s export `function` called with each argument list in `calls`, in one Node process.

    module: an ES module's path (made absolute and imported as a file:// URL); function: the name of
    the export to call; calls: one list of arguments per call. Returns one result per call, decoded as
    `_decode` says. Raises AssertionError with Node's stderr when Node fails (an import error, a throw).
    """
    payload = json.dumps(
        {"module": Path(module).resolve().as_uri(), "name": function, "calls": _encode(calls)}
    )
    done = subprocess.run(
        [node_or_skip(), "--input-type=module", "-e", RUNNER],
        input=payload,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0:
        raise AssertionError(f"node failed calling {function} in {Path(module).name}:\n{done.stderr[-3000:]}")
    return _decode(json.loads(done.stdout))


#: A stub DOM for Node, enough for a bundled view to mount and paint: every attribute a node is given
#: is kept in `written` ([tag, name, value]), animation frames wait in `frames` until a test runs them,
#: and a timer does not keep Node running.
#: Tests put it before their own module code (`STUB_DOM + r"""..."""`).
STUB_DOM = r"""
const written = [];
class Node {
  constructor(tag) {
    Object.assign(this, { tag, children: [], attrs: {}, style: {}, dataset: {}, textContent: "" });
    this.listeners = {};
  }
  setAttribute(k, v) { this.attrs[k] = v; written.push([this.tag, k, v]); }
  getAttribute(k) { return this.attrs[k]; }
  removeAttribute(k) { delete this.attrs[k]; }
  append(...nodes) { this.children.push(...nodes); }
  prepend(...nodes) { this.children.unshift(...nodes); }
  getContext() {  // a canvas's: enough for a view to put pixels, which are kept in `pixels`
    const node = this;
    return {
      createImageData: (w, h) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: (image) => { node.pixels = image.data; },
    };
  }
  replaceChildren(...nodes) { this.children = nodes; }
  addEventListener(name, f) { this.listeners[name] = f; }
  getBoundingClientRect() { return { left: 10, top: 20, width: 1600, height: 600 }; }
  querySelector(selector) {
    const name = selector.split(" ").pop().replace(".", "");
    for (const child of this.children) {
      if (child.attrs && (child.attrs.class || "").split(" ").includes(name)) return child;
      const found = child.querySelector ? child.querySelector(selector) : null;
      if (found) return found;
    }
    return null;
  }
}
globalThis.document = {
  createElement: (tag) => new Node(tag), createElementNS: (_, tag) => new Node(tag),
  createTextNode: (text) => ({ text }), getElementById: () => null, head: new Node("head"),
};
const frames = [];
globalThis.requestAnimationFrame = (f) => frames.push(f);
globalThis.cancelAnimationFrame = () => {};
// A view's timers (the live region speaks after 0.6 s and empties 5 s later) still fire while a test
// runs, but do not keep Node running once it has printed: each one cost every test 5.6 s.
const pageTimeout = globalThis.setTimeout;
globalThis.setTimeout = (...args) => pageTimeout(...args).unref();
"""


def run_script(script: str, *args: str, timeout: float = 120) -> Any:
    """Run an ES-module `script` in Node with `args` (process.argv[1:]) and parse what it prints as JSON.

    script: the module's source; args: strings it reads from process.argv; timeout: seconds before the
    run is stopped. Raises AssertionError with Node's stderr when Node fails.
    """
    done = subprocess.run(
        [node_or_skip(), "--input-type=module", "-e", script, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)
