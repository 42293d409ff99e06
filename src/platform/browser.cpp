// C++ side of the browser glue: thin wrappers over functions in browser_library.js.
#include "platform/browser.h"

extern "C" {
void dateline_js_canvas_css_size(int* width, int* height);
void dateline_js_frame_rendered(int frames);
void dateline_js_app_ready();
void dateline_js_report_fatal(const char* message);
void dateline_js_download(const char* name, const char* mime, const char* data, int length);
}

namespace dateline::platform {

void canvasCssSize(int& width, int& height) { dateline_js_canvas_css_size(&width, &height); }
void frameRendered(int frames) { dateline_js_frame_rendered(frames); }
void appReady() { dateline_js_app_ready(); }
void reportFatal(const std::string& message) { dateline_js_report_fatal(message.c_str()); }
void downloadFile(const std::string& name, const std::string& mime, const std::string& data) {
    dateline_js_download(name.c_str(), mime.c_str(), data.data(), static_cast<int>(data.size()));
}

} // namespace dateline::platform
