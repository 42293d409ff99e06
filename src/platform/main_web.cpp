// The page's main loop: GLFW + WebGL via Emscripten, Dear ImGui, and the browser glue.
// The only code that knows the browser; everything it shows comes from src/app.
#include "app/explorer.h"
#include "core/timeline/pipeline.h"
#include "platform/browser.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Platform {
    GLFWwindow* window = nullptr;
    dateline::app::ExplorerState state;
    dateline::app::PlatformServices services;
    int frames = 0;
    int width = 0, height = 0;
};

Platform* g_platform = nullptr;

std::vector<dateline::InputFile> readFolder(const std::string& dir) {
    std::vector<dateline::InputFile> files;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            const std::string name = e->d_name;
            if (name == "." || name == "..") continue;
            std::ifstream in(dir + "/" + name, std::ios::binary);
            std::ostringstream ss;
            ss << in.rdbuf();
            files.push_back({name, ss.str()});
        }
        closedir(d);
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return files;
}

// Loads the UI fonts: DejaVu Sans for Latin/Greek/Cyrillic and punctuation, merged with
// UnDotum for Hangul, both subset at build time. Glyph ranges come from the loaded text
// so the atlas stays small.
void loadFonts(const dateline::Timeline& timeline) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    builder.AddRanges(io.Fonts->GetGlyphRangesCyrillic());
    static const ImWchar punctuation[] = {0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
    builder.AddRanges(punctuation);
    for (const auto& a : timeline.articles) {
        builder.AddText(a.title.c_str());
        builder.AddText(a.text.c_str());
    }
    static ImVector<ImWchar> ranges;
    ranges.clear();
    builder.BuildRanges(&ranges);
    const float size = 15.0f;
    ImFontConfig config;
    config.OversampleH = 2;
    if (!io.Fonts->AddFontFromFileTTF("/fonts/DejaVuSans.ttf", size, &config, ranges.Data)) {
        io.Fonts->AddFontDefault();
        return;
    }
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.OversampleH = 1;
    io.Fonts->AddFontFromFileTTF("/fonts/UnDotum.ttf", size, &merge, ranges.Data);
    io.Fonts->Build();
}

void frame(void* arg) {
    auto& p = *static_cast<Platform*>(arg);
    int w = 0, h = 0;
    dateline::platform::canvasCssSize(w, h);
    if (w > 0 && h > 0 && (w != p.width || h != p.height)) {
        p.width = w;
        p.height = h;
        glfwSetWindowSize(p.window, w, h);
    }
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    dateline::app::drawExplorer(p.state, p.services);
    ImGui::Render();
    int fbw = 0, fbh = 0;
    glfwGetFramebufferSize(p.window, &fbw, &fbh);
    glViewport(0, 0, fbw, fbh);
    glClearColor(0.09f, 0.1f, 0.12f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    dateline::platform::frameRendered(++p.frames);
}

} // namespace

// Test hook: what the explorer drew in the last frame, as JSON (browser tests read it).
extern "C" EMSCRIPTEN_KEEPALIVE const char* dateline_debug_state() {
    static std::string json;
    if (!g_platform) return "{}";
    const auto& s = g_platform->state;
    json = "{\"frames\":" + std::to_string(g_platform->frames) +
           ",\"articles\":" + std::to_string(s.timeline.articles.size()) +
           ",\"events\":" + std::to_string(s.timeline.events.size()) +
           ",\"drawnTimelineItems\":" + std::to_string(s.drawnTimelineItems) +
           ",\"firstDay\":" + std::to_string(s.view.firstDay) + ",\"lastDay\":" + std::to_string(s.view.lastDay) +
           ",\"drawnArticleTitles\":[";
    for (std::size_t i = 0; i < s.drawnArticleTitles.size(); ++i) {
        if (i) json += ",";
        json += "\"";
        for (const char c : s.drawnArticleTitles[i]) {
            if (c == '"' || c == '\\') json += '\\';
            if (static_cast<unsigned char>(c) >= 0x20) json += c;
        }
        json += "\"";
    }
    json += "]}";
    return json.c_str();
}

int main() {
    if (!glfwInit()) {
        dateline::platform::reportFatal("Could not initialise the window system.");
        return 1;
    }
    auto* p = new Platform();
    g_platform = p;
    dateline::platform::canvasCssSize(p->width, p->height);
    // WebGL2 first; WebGL1 when the browser has no WebGL2.
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    p->window = glfwCreateWindow(std::max(p->width, 320), std::max(p->height, 240), "Dateline", nullptr, nullptr);
    const char* glsl = "#version 300 es";
    if (!p->window) {
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 2);
        p->window = glfwCreateWindow(std::max(p->width, 320), std::max(p->height, 240), "Dateline", nullptr, nullptr);
        glsl = "#version 100";
    }
    if (!p->window) {
        dateline::platform::reportFatal("This browser cannot draw WebGL, which Dateline needs.");
        return 1;
    }
    glfwMakeContextCurrent(p->window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::StyleColorsDark();
    ImGui_ImplGlfw_InitForOpenGL(p->window, true);
    ImGui_ImplOpenGL3_Init(glsl);

    dateline::Timeline timeline = dateline::buildTimeline(readFolder("/articles"));
    loadFonts(timeline);
    dateline::app::setTimeline(p->state, std::move(timeline));
    p->services.download = dateline::platform::downloadFile;
    dateline::platform::appReady();
    emscripten_set_main_loop_arg(frame, p, 0, true);
    return 0;
}
