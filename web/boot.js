// Starts the hosted page's two slowest preparations while index.js is still downloading:
// compiling index.wasm (streamed as it arrives) and creating the WebGL context (software GL
// takes tens of milliseconds). web/pre.js hands both to the module. The single-file build has
// no boot.js: there the module compiles itself and GLFW creates the context.
(function () {
  var boot = window.datelineBoot = {};
  if (typeof WebAssembly === 'object' && WebAssembly.compileStreaming) {
    var url = 'index.wasm';
    // A server that sends the wrong MIME type fails streaming: compile the bytes instead.
    boot.module = WebAssembly.compileStreaming(fetch(url, { credentials: 'same-origin' })).catch(function () {
      return fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error('could not load ' + url + ' (HTTP ' + response.status + ')');
        return response.arrayBuffer();
      }).then(function (bytes) { return WebAssembly.compile(bytes); });
    });
  }
  try {
    // The size glfwCreateWindow will ask for (src/platform/main_web.cpp), so the drawing buffer
    // is allocated once. No depth or stencil buffer: ImGui uses neither, and software GL makes
    // a context without them about three times faster.
    var canvas = document.getElementById('canvas');
    // Hidden until the first frame (src/platform/browser_library.js shows it): with software
    // compositing Chrome reads a visible WebGL canvas back on each commit, and those readbacks
    // of the still blank canvas blocked the main thread while the module arrived (70-90 ms
    // under load in Chrome traces).
    canvas.style.visibility = 'hidden';
    var parent = canvas.parentElement;
    canvas.width = Math.max(parent ? parent.clientWidth : window.innerWidth, 320);
    canvas.height = Math.max(parent ? parent.clientHeight : window.innerHeight, 240);
    var attributes = { antialias: false, alpha: true, depth: false, stencil: false };
    boot.context = canvas.getContext('webgl2', attributes) || canvas.getContext('webgl', attributes) || undefined;
  } catch (e) { /* the module makes its own context and reports what went wrong */ }
})();
