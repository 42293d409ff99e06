// Browser functions the C++ platform layer calls (linked with --js-library).
mergeInto(LibraryManager.library, {
  dateline_js_canvas_css_size: function (widthPtr, heightPtr) {
    var canvas = Module['canvas'];
    var w = canvas && canvas.parentElement ? canvas.parentElement.clientWidth : window.innerWidth;
    var h = canvas && canvas.parentElement ? canvas.parentElement.clientHeight : window.innerHeight;
    HEAP32[widthPtr >> 2] = w | 0;
    HEAP32[heightPtr >> 2] = h | 0;
  },
  dateline_js_frame_rendered: function (frames) {
    window.datelineFrames = frames;
  },
  dateline_js_app_ready: function () {
    var status = document.getElementById('status');
    if (status) status.hidden = true;
    window.datelineReady = true;
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
    var bytes = HEAPU8.slice(dataPtr, dataPtr + length);
    var blob = new Blob([bytes], { type: UTF8ToString(mimePtr) });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(namePtr);
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  },
});
