# workerd configuration of e2e/npm-package.mjs: the test Worker (render-worker.js) with the
# package's prerender module from dist/npm, under the names "broadsheet/prerender" resolves
# to. The test overrides the address with --socket-addr http=127.0.0.1:PORT.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "render", worker = .renderWorker)],
  sockets = [(name = "http", address = "127.0.0.1:8788", http = (), service = "render")],
);

const renderWorker :Workerd.Worker = (
  modules = [
    (name = "render-worker.js", esModule = embed "render-worker.js"),
    (name = "broadsheet/prerender", esModule = embed "../../dist/npm/prerender/workerd.js"),
    (name = "broadsheet/broadsheet_prerender.js", esModule = embed "../../dist/npm/prerender/broadsheet_prerender.js"),
    (name = "broadsheet/renderer.js", esModule = embed "../../dist/npm/prerender/renderer.js"),
    (name = "broadsheet/broadsheet_prerender_bg.wasm", wasm = embed "../../dist/npm/prerender/broadsheet_prerender_bg.wasm"),
  ],
  compatibilityDate = "2025-09-01",
);
