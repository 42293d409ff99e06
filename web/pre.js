// Page setup that runs before the WASM module starts (linked with --pre-js, so it works
// in the hosted page, the single offline file and under a strict Content-Security-Policy:
// no inline scripts or styles, styles are set through the CSSOM).
(function () {
  function css(el, props) { for (var k in props) el.style[k] = props[k]; }
  var body = document.body;
  css(document.documentElement, { height: '100%' });
  css(body, { margin: '0', height: '100%', overflow: 'hidden', background: '#17191e',
              fontFamily: 'system-ui, sans-serif', color: '#ddd' });
  var app = document.getElementById('app');
  css(app, { position: 'fixed', left: '0', top: '0', right: '0', bottom: '0' });
  var canvas = document.getElementById('canvas');
  css(canvas, { display: 'block', width: '100%', height: '100%', outline: 'none' });
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  var status = document.getElementById('status');
  css(status, { position: 'fixed', left: '50%', top: '40%', transform: 'translate(-50%, -50%)',
                padding: '12px 18px', borderRadius: '6px', background: '#2a2d35', maxWidth: '80%' });

  // Never a blank page: any failure is shown as text (textContent, never HTML).
  function showError(message) {
    status.hidden = false;
    status.textContent = 'Dateline stopped: ' + message;
    css(status, { background: '#5a2020', color: '#fff' });
  }
  window.addEventListener('error', function (e) { showError(e.message || String(e)); });
  window.addEventListener('unhandledrejection', function (e) { showError(String(e.reason)); });

  Module['canvas'] = canvas;
  Module['print'] = function (text) { console.log(text); };
  Module['printErr'] = function (text) { console.warn(text); };
  Module['onAbort'] = function (what) { showError(String(what)); };
  Module['datelineState'] = function () {
    return JSON.parse(UTF8ToString(Module['_dateline_debug_state']()));
  };
  window.Dateline = Module;
})();
