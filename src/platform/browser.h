// Browser services for the platform layer (implemented in browser_library.js).
#pragma once

#include <string>

namespace dateline::platform {

void canvasCssSize(int& width, int& height);
void frameRendered(int frames);
void appReady();
void reportFatal(const std::string& message);
void downloadFile(const std::string& name, const std::string& mime, const std::string& data);

} // namespace dateline::platform
