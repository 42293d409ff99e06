// Browser functions the C++ platform layer calls (linked with --js-library). Anything
// asynchronous (file reading, IndexedDB, fetch) lives in web/pre.js as Module.dateline*.
mergeInto(LibraryManager.library, {
  $datelineString: function (s) {
    if (s === null || s === undefined) return 0;
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },
  dateline_js_canvas_css_size: function (widthPtr, heightPtr) {
    var canvas = Module['canvas'];
    var w = canvas && canvas.parentElement ? canvas.parentElement.clientWidth : window.innerWidth;
    var h = canvas && canvas.parentElement ? canvas.parentElement.clientHeight : window.innerHeight;
    HEAP32[widthPtr >> 2] = w | 0;
    HEAP32[heightPtr >> 2] = h | 0;
  },
  dateline_js_device_pixel_ratio: function () {
    return window.devicePixelRatio || 1;
  },
  // Sizes the backing store in device pixels and tells GLFW. Not glfwSetWindowSize: that asks
  // for fullscreen whenever the size equals the screen's, which browsers refuse.
  dateline_js_resize_backing_store__deps: ['$GLFW', '$Browser'],
  dateline_js_resize_backing_store: function (w, h) {
    var canvas = Module['canvas'];
    Browser.setCanvasSize(w, h);
    if (GLFW.active) { GLFW.active.width = w; GLFW.active.height = h; }
    canvas.style.width = '100%';
    canvas.style.height = '100%';
  },
  dateline_js_frame_rendered: function (frames, workMs) {
    if (frames === 1) {
      window.datelineFirstFrameMs = performance.now();
      var status = document.getElementById('status'); // the explorer is on screen now
      if (status && status.className !== 'error') status.hidden = true;
      Module['canvas'].style.visibility = ''; // web/boot.js hid the blank canvas
    }
    window.datelineFrames = frames;
    var times = window.datelineFrameWorkMs || (window.datelineFrameWorkMs = []);
    times.push(workMs);
    if (times.length > 4000) times.splice(0, 2000);
  },
  dateline_js_app_ready: function () {
    var status = document.getElementById('status');
    if (status) status.hidden = true;
    window.datelineReady = true;
    window.datelineReadyMs = performance.now(); // the bundled articles are analysed and shown next frame
    if (Module['datelineStart']) setTimeout(Module['datelineStart'], 0);
  },
  dateline_js_report_fatal: function (message) {
    var status = document.getElementById('status');
    if (status) {
      status.hidden = false;
      status.className = 'error';
      status.textContent = UTF8ToString(message);
    }
  },
  dateline_js_download: function (namePtr, mimePtr, dataPtr, length) {
    Module['datelineDownload'](UTF8ToString(namePtr), new Blob([HEAPU8.slice(dataPtr, dataPtr + length)],
                               { type: UTF8ToString(mimePtr) }));
  },
  dateline_js_location_hash__deps: ['$datelineString'],
  dateline_js_location_hash: function () {
    return datelineString(location.hash.replace(/^#/, ''));
  },
  dateline_js_set_location_hash: function (hashPtr, push) {
    var url = location.pathname + location.search + '#' + UTF8ToString(hashPtr);
    try {
      if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    } catch (e) { /* file:// in some browsers refuses history changes: the view still works */ }
  },
  dateline_js_query_param__deps: ['$datelineString'],
  dateline_js_query_param: function (namePtr) {
    var v = new URLSearchParams(location.search).get(UTF8ToString(namePtr));
    return v === null ? 0 : datelineString(v);
  },
  dateline_js_page_url__deps: ['$datelineString'],
  dateline_js_page_url: function () {
    return datelineString(location.href.replace(/[?#].*$/, ''));
  },
  dateline_js_take_offline_bundle__deps: ['$datelineString'],
  dateline_js_take_offline_bundle: function () {
    var el = document.getElementById('dateline-bundle');
    return el ? datelineString(el.textContent) : 0;
  },
  dateline_js_today_days: function () {
    var d = new Date();
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86400000 + 0.5;
  },
  dateline_js_open_file_picker: function () { Module['datelineOpenFilePicker'](); },
  dateline_js_reset_user_files: function () { Module['datelineResetUserFiles'](); },
  dateline_js_save_offline_page: function (ptr, length) {
    Module['datelineSaveOfflinePage'](UTF8ToString(ptr, length));
  },
  dateline_js_copy_text: function (ptr) {
    var text = UTF8ToString(ptr);
    if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () {});
  },
  dateline_js_open_url: function (ptr) {
    window.open(UTF8ToString(ptr), '_blank', 'noopener');
  },
  // Called right after the frame is drawn, while the WebGL drawing buffer still holds it.
  dateline_js_export_png: function (x, y, w, h) {
    var src = Module['canvas'];
    var out = document.createElement('canvas');
    out.width = w; out.height = h;
    out.getContext('2d').drawImage(src, x, y, w, h, 0, 0, w, h);
    out.toBlob(function (blob) { if (blob) Module['datelineDownload']('timeline.png', blob); }, 'image/png');
  },
});
