# workerd configuration of the edge example: the Worker (worker.js) listening on
# 127.0.0.1:8787, in front of an origin at 127.0.0.1:8080 (for instance `./run serve`, or
# `node e2e/serve.mjs --port 8080`). Both addresses can be overridden on the command line:
#   npx workerd serve examples/edge/config.capnp \
#     --socket-addr http=127.0.0.1:8787 --external-addr origin=127.0.0.1:8080
# The package's prerender module is taken from dist/npm (built by ./run build) under the
# names an import of "broadsheet/prerender" resolves to.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "edge", worker = .edgeWorker),
    (name = "origin", external = (address = "127.0.0.1:8080", http = ())),
  ],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "edge")],
);

const edgeWorker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "broadsheet/prerender", esModule = embed "../../dist/npm/prerender/workerd.js"),
    (name = "broadsheet/broadsheet_prerender.js", esModule = embed "../../dist/npm/prerender/broadsheet_prerender.js"),
    (name = "broadsheet/renderer.js", esModule = embed "../../dist/npm/prerender/renderer.js"),
    (name = "broadsheet/broadsheet_prerender_bg.wasm", wasm = embed "../../dist/npm/prerender/broadsheet_prerender_bg.wasm"),
  ],
  bindings = [(name = "ORIGIN", service = "origin")],
  compatibilityDate = "2025-09-01",
);
