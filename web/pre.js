// Page setup that runs before the WASM module starts (linked with --pre-js, so it works
// in the hosted page, the single offline file and under a strict Content-Security-Policy:
// no inline scripts or styles, styles are set through the CSSOM). Also the asynchronous
// browser glue: file picker, drag and drop, IndexedDB persistence, ?src= bundles, saving
// an offline page, back/forward.
(function () {
  // The page as it was served, before anything below changes the DOM: "Save offline page"
  // clones it when this is the single-file build.
  var originalHtml = '<!doctype html>\n' + document.documentElement.outerHTML;
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

  // Dateline never locks the pointer; Emscripten's GLFW may ask without a user gesture.
  canvas.requestPointerLock = function () {};
  Module['canvas'] = canvas;
  // ImGui's renderer reads the blend state and scissor box back every frame to restore them.
  // Chromium answers those seven queries with seven round trips to the GPU process (1-10 ms
  // each in software GL); the page is the context's only user, so it remembers what it set.
  function rememberBlendAndScissor(gl) {
    if (!gl || gl.datelineState) return gl;
    var state = gl.datelineState = {};
    function blend(srcRgb, dstRgb, srcAlpha, dstAlpha) {
      state[gl.BLEND_SRC_RGB] = srcRgb; state[gl.BLEND_DST_RGB] = dstRgb;
      state[gl.BLEND_SRC_ALPHA] = srcAlpha; state[gl.BLEND_DST_ALPHA] = dstAlpha;
    }
    function equation(rgb, alpha) { state[gl.BLEND_EQUATION_RGB] = rgb; state[gl.BLEND_EQUATION_ALPHA] = alpha; }
    function scissor(x, y, w, h) { state[gl.SCISSOR_BOX] = [x, y, w, h]; }
    blend(gl.ONE, gl.ZERO, gl.ONE, gl.ZERO); // WebGL's initial state
    equation(gl.FUNC_ADD, gl.FUNC_ADD);
    scissor(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight);
    function wrap(name, remember) {
      var original = gl[name];
      gl[name] = function () { remember.apply(null, arguments); return original.apply(gl, arguments); };
    }
    wrap('blendFunc', function (src, dst) { blend(src, dst, src, dst); });
    wrap('blendFuncSeparate', blend);
    wrap('blendEquation', function (mode) { equation(mode, mode); });
    wrap('blendEquationSeparate', equation);
    wrap('scissor', scissor);
    var getParameter = gl.getParameter;
    gl.getParameter = function (name) {
      var value = state[name];
      if (value === undefined) return getParameter.call(gl, name);
      return name === gl.SCISSOR_BOX ? new Int32Array(value) : value;
    };
    return gl;
  }
  var getContext = canvas.getContext;
  canvas.getContext = function (type, attributes) {
    var context = getContext.call(canvas, type, attributes);
    return /webgl/.test(type) ? rememberBlendAndScissor(context) : context;
  };
  // The hosted page's web/boot.js has started compiling the module and made the WebGL context
  // while this script downloaded: use both (GL_PREINITIALIZED_CONTEXT). If either failed, the
  // module fetches and compiles itself, or GLFW makes the context and reports what went wrong.
  var boot = window.datelineBoot || {};
  if (boot.context) Module['preinitializedWebGLContext'] = rememberBlendAndScissor(boot.context);
  if (boot.module) {
    Module['instantiateWasm'] = function (imports, receiveInstance) {
      boot.module.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) { receiveInstance(instance, module); });
      }).catch(function (e) { showError('could not start: ' + (e && e.message || e)); });
      return {}; // the exports arrive with receiveInstance
    };
  }
  // When main() starts (benchmarks print it: what comes before is download and compilation).
  Module['onRuntimeInitialized'] = function () { window.datelineMainMs = performance.now(); };
  Module['print'] = function (text) { console.log(text); };
  Module['printErr'] = function (text) { console.warn(text); };
  Module['onAbort'] = function (what) { showError(String(what)); };
  Module['datelineState'] = function () {
    return JSON.parse(UTF8ToString(Module['_dateline_debug_state']()));
  };
  Module['loadSynthetic'] = function (n) { Module['_dateline_load_synthetic'](n | 0); };
  window.Dateline = Module;

  function cString(s) {
    var n = lengthBytesUTF8(s) + 1, p = Module['_malloc'](n);
    stringToUTF8(s, p, n);
    return p;
  }
  function reportError(message) {
    var p = cString(message);
    Module['_dateline_report_load_error'](p);
    Module['_free'](p);
  }
  function stage(name, bytes) {
    var np = cString(name), dp = Module['_malloc'](Math.max(1, bytes.length));
    HEAPU8.set(bytes, dp);
    Module['_dateline_stage_file'](np, dp, bytes.length);
    Module['_free'](np);
    Module['_free'](dp);
  }

  Module['datelineDownload'] = function (name, blob) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  };

  // [SECTION] IndexedDB: the user's files survive reloads until they reset -----------
  var dbPromise = null;
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
        var req = indexedDB.open('dateline', 1);
        req.onupgradeneeded = function () { req.result.createObjectStore('files', { keyPath: 'name' }); };
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = function (e) { e.preventDefault(); reject(req.error); };
      });
    }
    return dbPromise;
  }
  function store(mode, fn) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var tx = d.transaction('files', mode);
        var result = fn(tx.objectStore('files'));
        tx.oncomplete = function () { resolve(result && result.result); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  // Files shown now but not kept for next time (a full storage quota, no IndexedDB): named in
  // one message per load; the files that fit stay stored.
  function reportNotKept(names, reason) {
    if (!names.length) return;
    var shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ' and ' + (names.length - 5) + ' more' : '');
    reportError(names.length + (names.length === 1 ? ' file is' : ' files are') + ' shown but could not be kept ' +
                'for next time (' + reason + '): ' + shown);
  }
  function storageReason(err) {
    var name = err && err.name || '';
    if (name === 'QuotaExceededError' || /quota/i.test(String(err && err.message || err)))
      return 'the browser\'s storage for this page is full';
    return String(err && err.message || err);
  }

  // [SECTION] Loading files -----------------------------------------------------------
  // One number for the page and the core: the core's per-file limit (src/core/limits.h).
  function maxFileBytes() { return Module['_dateline_max_file_bytes']() >>> 0; }
  function megabytes(n) { return Math.round(n / (1024 * 1024)) + ' MB'; }
  var loading = Promise.resolve();
  // Reads files one by one (progress shows in the app), keeps them in IndexedDB, then
  // has the app analyse them all. A file that fails is reported; the rest still load.
  function loadFiles(files, options) {
    loading = loading.then(async function () {
      var total = files.length, staged = 0, limit = maxFileBytes(), notKept = [], notKeptReason = '';
      for (var i = 0; i < total; i++) {
        var f = files[i];
        Module['_dateline_load_progress'](i, total);
        try {
          // Refused before it is copied into the page's memory (the core would refuse it too).
          if (f.size > limit) throw new Error('file too large: ' + megabytes(f.size) + ', the limit is ' + megabytes(limit));
          // Pre-read files carry .data; File objects are read here (File.bytes is a method in new browsers).
          var bytes = new Uint8Array(f.data || await f.arrayBuffer());
          if (options.persist) {
            await store('readwrite', function (s) { return s.put({ name: f.name, bytes: bytes }); }).catch(function (err) {
              notKept.push(f.name);
              notKeptReason = storageReason(err);
            });
          }
          stage(f.name, bytes);
          staged++;
        } catch (err) {
          reportError(f.name + ': could not be read (' + (err && err.message || err) + ')');
        }
        if (i % 8 === 7) await new Promise(function (r) { setTimeout(r, 0); });
      }
      reportNotKept(notKept, notKeptReason);
      Module['_dateline_load_progress'](total, total);
      await new Promise(function (r) { setTimeout(r, 30); }); // let the "Analysing" bar draw
      Module['_dateline_commit_files'](options.target || 0, options.fit ? 1 : 0);
      return staged;
    });
    return loading;
  }
  Module['datelineLoadFiles'] = loadFiles;

  var picker = null;
  Module['datelineOpenFilePicker'] = function () {
    if (!picker) {
      picker = document.createElement('input');
      picker.type = 'file';
      picker.multiple = true;
      picker.accept = '.txt,.html,.htm,.json,text/plain,text/html,application/json';
      picker.hidden = true;
      picker.id = 'dateline-file-picker';
      picker.addEventListener('change', function () {
        loadFiles(Array.prototype.slice.call(picker.files), { persist: true, fit: true });
        picker.value = '';
      });
      document.body.appendChild(picker);
    }
    picker.click();
  };
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length)
      loadFiles(Array.prototype.slice.call(e.dataTransfer.files), { persist: true, fit: true });
  });

  Module['datelineResetUserFiles'] = function () {
    store('readwrite', function (s) { return s.clear(); }).catch(function () {}).then(function () {
      Module['_dateline_reset_user_files']();
    });
  };

  // [SECTION] Offline page --------------------------------------------------------------
  Module['datelineSaveOfflinePage'] = function (bundleJson) {
    var single = !document.querySelector('script[src]');
    var source = single ? Promise.resolve(originalHtml)
                        : fetch('dateline.html').then(function (r) {
                            if (!r.ok) throw new Error('dateline.html: HTTP ' + r.status);
                            return r.text();
                          });
    source.then(function (html) {
      // '<' escaped so the bundle can never close its script element. The markers are built
      // from pieces so this very code (inlined in the single file) never matches them.
      var open = '<script type="application/json" id="dateline-' + 'bundle">', close = '</' + 'script>';
      var block = open + bundleJson.replace(/</g, '\\u003c') + close;
      var old = html.indexOf(open);
      if (old >= 0) html = html.slice(0, old) + html.slice(html.indexOf(close, old) + close.length);
      html = html.replace(/<body([^>]*)>/, function (m) { return m + '\n' + block; });
      Module['datelineDownload']('dateline-offline.html', new Blob([html], { type: 'text/html' }));
    }).catch(function (err) { reportError('Save offline page failed: ' + (err && err.message || err)); });
  };

  // [SECTION] Start: stored files, ?src= bundle, back/forward ---------------------------
  // Other origins a ?src= bundle may come from: only what the page's author lists in
  // <meta name="dateline-allowed-origins" content="https://a.example https://b.example">,
  // never anything from the link itself.
  function allowedOrigin(origin) {
    var meta = document.querySelector('meta[name="dateline-allowed-origins"]');
    if (!meta) return false;
    return (meta.getAttribute('content') || '').split(/[\s,]+/).some(function (o) {
      try { return o && new URL(o).origin === origin; } catch (e) { return false; }
    });
  }

  Module['datelineStart'] = function () {
    window.addEventListener('popstate', function () { Module['_dateline_hash_changed'](); });
    window.addEventListener('hashchange', function () { Module['_dateline_hash_changed'](); });
    var fit = !location.hash;
    var restored = store('readonly', function (s) { return s.getAll(); }).then(function (rows) {
      if (rows && rows.length)
        return loadFiles(rows.map(function (r) { return { name: r.name, data: r.bytes, size: r.bytes.length }; }),
                         { persist: false, fit: fit });
    }).catch(function () { /* no IndexedDB (e.g. some file:// pages): nothing stored */ });
    var src = new URLSearchParams(location.search).get('src');
    if (!src) return;
    restored.then(function () {
      var url;
      try { url = new URL(src, location.href); } catch (e) { url = null; }
      if (!url || location.protocol === 'file:' || (url.origin !== location.origin && !allowedOrigin(url.origin))) {
        reportError('?src=' + src + ': only bundles from this site can be loaded' +
                    (url && url.origin !== location.origin ? ' (the page does not allow ' + url.origin + ')' : ''));
        Module['_dateline_commit_files'](0, 0);
        return;
      }
      return fetch(url.href).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(function (buf) {
        var name = url.pathname.split('/').pop() || 'bundle.json';
        if (!/\.json$/i.test(name)) name += '.json';
        return loadFiles([{ name: name, data: buf, size: buf.byteLength }], { persist: false, fit: fit, target: 1 });
      }).catch(function (err) {
        reportError('?src=' + src + ': could not load (' + (err && err.message || err) + ')');
        Module['_dateline_commit_files'](0, 0);
      });
    });
  };
})();
