// C++ side of the browser glue: thin wrappers over functions in browser_library.js.
#include "platform/browser.h"

#include <cstdlib>

extern "C" {
void dateline_js_canvas_css_size(int* width, int* height);
double dateline_js_device_pixel_ratio();
void dateline_js_resize_backing_store(int width, int height);
void dateline_js_frame_rendered(int frames, double workMs);
void dateline_js_app_ready();
void dateline_js_report_fatal(const char* message);
void dateline_js_download(const char* name, const char* mime, const char* data, int length);
char* dateline_js_location_hash();
void dateline_js_set_location_hash(const char* hash, int push);
char* dateline_js_query_param(const char* name);
char* dateline_js_page_url();
char* dateline_js_take_offline_bundle();
double dateline_js_today_days();
void dateline_js_open_file_picker();
void dateline_js_reset_user_files();
void dateline_js_save_offline_page(const char* json, int length);
void dateline_js_copy_text(const char* text);
void dateline_js_open_url(const char* url);
void dateline_js_export_png(int x, int y, int width, int height);
}

namespace dateline::platform {
namespace {

// JS hands strings over malloc'd (or null); take ownership here.
std::string take(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}

} // namespace

void canvasCssSize(int& width, int& height) { dateline_js_canvas_css_size(&width, &height); }
double devicePixelRatio() { return dateline_js_device_pixel_ratio(); }
void resizeBackingStore(int width, int height) { dateline_js_resize_backing_store(width, height); }
void frameRendered(int frames, double workMs) { dateline_js_frame_rendered(frames, workMs); }
void appReady() { dateline_js_app_ready(); }
void reportFatal(const std::string& message) { dateline_js_report_fatal(message.c_str()); }
void downloadFile(const std::string& name, const std::string& mime, const std::string& data) {
    dateline_js_download(name.c_str(), mime.c_str(), data.data(), static_cast<int>(data.size()));
}
std::string locationHash() { return take(dateline_js_location_hash()); }
void setLocationHash(const std::string& hash, bool push) { dateline_js_set_location_hash(hash.c_str(), push ? 1 : 0); }
std::string queryParam(const std::string& name) { return take(dateline_js_query_param(name.c_str())); }
std::string pageUrl() { return take(dateline_js_page_url()); }
std::string takeOfflineBundle() { return take(dateline_js_take_offline_bundle()); }
double todayDays() { return dateline_js_today_days(); }
void openFilePicker() { dateline_js_open_file_picker(); }
void resetUserFiles() { dateline_js_reset_user_files(); }
void saveOfflinePage(const std::string& json) { dateline_js_save_offline_page(json.data(), static_cast<int>(json.size())); }
void copyText(const std::string& text) { dateline_js_copy_text(text.c_str()); }
void openUrl(const std::string& url) { dateline_js_open_url(url.c_str()); }
void exportCanvasPng(int x, int y, int width, int height) { dateline_js_export_png(x, y, width, height); }

} // namespace dateline::platform
