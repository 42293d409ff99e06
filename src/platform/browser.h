// Browser services for the platform layer (implemented in browser_library.js).
#pragma once

#include <string>

namespace dateline::platform {

void canvasCssSize(int& width, int& height);
double devicePixelRatio();
// Sets the canvas backing store (device pixels) and the GLFW window size; the CSS size stays
// "fill the container".
void resizeBackingStore(int width, int height);
// Counts frames and records how long the app's own work took (for benchmarks).
void frameRendered(int frames, double workMs);
void appReady();
void reportFatal(const std::string& message);
void downloadFile(const std::string& name, const std::string& mime, const std::string& data);
std::string locationHash();                 // without '#'
void setLocationHash(const std::string& hash, bool newHistoryEntry);
std::string queryParam(const std::string& name); // "" when absent
std::string pageUrl();                      // origin + path, no query or hash
std::string takeOfflineBundle();            // the bundle a saved offline page carries, or ""
double todayDays();                         // local today, days since 1970-01-01
void openFilePicker();
void resetUserFiles();                      // clears IndexedDB
void saveOfflinePage(const std::string& bundleJson);
void copyText(const std::string& text);
void openUrl(const std::string& url);
void exportCanvasPng(int x, int y, int width, int height);

} // namespace dateline::platform
