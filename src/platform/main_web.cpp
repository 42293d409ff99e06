// The page's main loop: GLFW + WebGL via Emscripten, Dear ImGui, and the browser glue
// (device pixel ratio, URL hash, files, offline bundle). The only code that knows the
// browser; everything it shows comes from src/app.
//
// Index:
//   [SECTION] Articles: bundled, user files, bundles
//   [SECTION] Fonts and style
//   [SECTION] Frame
//   [SECTION] Calls from JavaScript (web/pre.js and tests)
//   [SECTION] main
#include "app/explorer.h"
#include "app/model/synthetic_timeline.h"
#include "core/text/utf8.h"
#include "core/timeline/corpus.h"
#include "platform/browser.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <malloc.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

using dateline::InputFile;

struct Platform {
    GLFWwindow* window = nullptr;
    dateline::app::ExplorerState state;
    dateline::app::PlatformServices services;
    int frames = 0;
    int width = 0, height = 0; // backing store in device pixels
    std::vector<InputFile> bundled; // the bundled articles, or a bundle that replaced them
    std::vector<InputFile> user;    // files the user added (kept in IndexedDB by pre.js)
    std::vector<InputFile> staged;  // received from JS, not yet analysed
    std::vector<std::string> stageErrors;
    bool fontsDirty = true;
    bool fontAtlasFull = false; // false while the first frame's Latin-only atlas is up
    std::string typedChecked;   // the search text last checked against the atlas
    std::string typedGlyphs;    // typed characters the atlas must also hold
    float fontScale = 0;
    bool styleDark = true;
    float styleScale = 0;
    std::string lastHash;
    dateline::app::ViewState lastHashedView;
    double lastHashWrite = 0;
    // A large start (an offline page holding many articles, a big synthetic set) first shows
    // the explorer with a progress label and analyses on the next frame; a small one (the
    // bundled articles) is analysed before the first frame, which then shows the timeline.
    bool startPending = true;
    std::string startHash;
    std::string startSynthetic;
};

Platform* g_platform = nullptr;

// [SECTION] Articles: bundled, user files, bundles ------------------------------

std::vector<InputFile> readFolder(const std::string& dir) {
    std::vector<InputFile> files;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            const std::string name = e->d_name;
            if (name == "." || name == "..") continue;
            // stdio, not iostreams: the first frame waits for every function it calls to compile.
            std::string bytes;
            if (FILE* in = std::fopen((dir + "/" + name).c_str(), "rb")) {
                char buffer[16384];
                std::size_t n = 0;
                while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0)
                    bytes.append(buffer, n);
                std::fclose(in);
            }
            files.push_back({name, std::move(bytes)});
        }
        closedir(d);
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return files;
}

void rebuild(Platform& p, bool fit) {
    // The shown timeline goes before the new one is built: two whole timelines never coexist.
    p.state.timeline = dateline::Timeline{};
    std::vector<const InputFile*> all;
    for (const auto& f : p.bundled) all.push_back(&f);
    for (const auto& f : p.user) all.push_back(&f);
    dateline::Timeline t = dateline::buildCorpus(all);
    dateline::app::setTimeline(p.state, std::move(t), fit);
    for (const auto& e : p.stageErrors) p.state.statusMessages.push_back(e);
    p.stageErrors.clear();
    p.state.userFileCount = p.user.size();
    p.fontsDirty = true;
}

// [SECTION] Fonts and style -----------------------------------------------------

// DejaVu Sans for Latin/Greek/Cyrillic and punctuation, merged with UnDotum for Hangul, both
// subset at build time. The atlas holds Latin, the UI's symbols and the glyphs of what the page
// shows: the loaded text and what the user typed (a search in another script rebuilds it, see
// missingGlyphs), so it stays small and quick to build on the first frame. The size follows
// the device pixel ratio so text is sharp on high-DPI screens.
// starting: a large start's first frame, before any article is read, needs Latin and the UI's
// symbols only; the full atlas follows the articles.
// Adds the characters of the text that the default ranges lack: everything but printable
// ASCII is handed to ImGui's decoder, so a Latin article is scanned, not decoded character by
// character (the glyph set is the same as AddText's, which also stops at a NUL).
void addGlyphsOf(ImFontGlyphRangesBuilder& builder, const std::string& text) {
    const char* s = text.data();
    const void* nul = std::memchr(s, 0, text.size());
    const char* end = nul ? static_cast<const char*>(nul) : s + text.size();
    const auto plain = [](char c) { return c >= 0x20 && c < 0x7F; };
    while (s < end) {
        while (s < end && plain(*s)) ++s;
        const char* run = s;
        while (s < end && !plain(*s)) ++s;
        if (run < s) builder.AddText(run, s);
    }
}

void loadFonts(const dateline::Timeline& timeline, const std::string& typed, float scale, bool starting) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // The texture is as tall as the glyphs need, not the next power of two (WebGL needs none):
    // less to convert to RGBA and to upload on the first frame.
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    // The UI's own symbols beyond Latin-1 (dashes, curly quotes, the ellipsis ImGui also uses,
    // the "open" arrow), not whole blocks: 300 unused symbols doubled the atlas.
    static const ImWchar uiSymbols[] = {0x2013, 0x2014, 0x201C, 0x201D, 0x2026, 0x2026, 0x2197, 0x2197, 0};
    builder.AddRanges(uiSymbols);
    builder.AddText(typed.c_str());
    for (const auto& a : timeline.articles) {
        addGlyphsOf(builder, a.title);
        addGlyphsOf(builder, a.text);
        addGlyphsOf(builder, a.source);
        addGlyphsOf(builder, a.author);
        addGlyphsOf(builder, a.file);
        for (const auto& r : a.removed) addGlyphsOf(builder, r.text); // shown on request
    }
    for (const auto& e : timeline.entities) addGlyphsOf(builder, e.name);
    static ImVector<ImWchar> ranges;
    ranges.clear();
    builder.BuildRanges(&ranges);
    const float size = std::round(15.0f * scale);
    ImFontConfig config;
    config.OversampleH = scale > 1.5f ? 1 : 2;
    if (!io.Fonts->AddFontFromFileTTF("/fonts/DejaVuSans.ttf", size, &config, ranges.Data)) {
        ImFontConfig fallback;
        fallback.SizePixels = size;
        io.Fonts->AddFontDefault(&fallback);
        return;
    }
    if (!starting) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.OversampleH = 1;
        io.Fonts->AddFontFromFileTTF("/fonts/UnDotum.ttf", size, &merge, ranges.Data);
    }
    io.Fonts->Build();
}

// Characters of the text that the atlas cannot draw (ImGui would show '?') and that were not
// asked for before (the fonts may not have them: asking again would rebuild on every key).
std::string missingGlyphs(const std::string& text, const std::string& askedFor) {
    std::string missing;
    const ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
    if (!font) return missing;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t c = dateline::nextCodePoint(text, i);
        const std::string_view ch(text.data() + start, i - start);
        if (c >= 0x20 && c <= 0xFFFF && !font->FindGlyphNoFallback(static_cast<ImWchar>(c)) &&
            askedFor.find(ch) == std::string::npos && missing.find(ch) == std::string::npos)
            missing.append(ch);
    }
    return missing;
}

void refreshFontsAndStyle(Platform& p) {
    const float scale = p.state.uiScale;
    // Typed text is checked only when it changed: the atlas is rebuilt once per new script.
    if (p.state.searchBuffer != p.typedChecked) {
        p.typedChecked = p.state.searchBuffer;
        const std::string missing = missingGlyphs(p.typedChecked, p.typedGlyphs);
        if (!missing.empty()) {
            p.typedGlyphs += missing;
            p.fontsDirty = true;
        }
    }
    if (p.fontsDirty || p.fontScale != scale) {
        loadFonts(p.state.timeline, p.typedGlyphs, scale, p.startPending);
        p.fontAtlasFull = !p.startPending;
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        p.fontsDirty = false;
        p.fontScale = scale;
    }
    if (p.styleScale != scale || p.styleDark != p.state.view.dark) {
        dateline::app::applyStyle(p.state.view.dark, scale);
        p.styleScale = scale;
        p.styleDark = p.state.view.dark;
    }
}

// [SECTION] Frame ----------------------------------------------------------------

void applyHash(Platform& p, const std::string& hash) {
    if (hash.empty() || !dateline::app::parseViewState(hash, p.state.view)) return;
    p.state.searchBuffer = p.state.view.filter.search;
    dateline::app::syncSelectionFromView(p.state);
    p.lastHash = dateline::app::serializeViewState(p.state.view);
    p.lastHashedView = p.state.view;
}

// Writes the view into the URL hash: a new history entry when lanes, filters, selection or
// theme change (so Back undoes them); range changes replace the entry, at most every 0.4 s
// and not mid-drag (browsers throttle frequent history calls).
void syncHash(Platform& p) {
    const std::string hash = dateline::app::serializeViewState(p.state.view);
    if (hash == p.lastHash) return;
    dateline::app::ViewState a = p.state.view, b = p.lastHashedView;
    a.firstDay = b.firstDay;
    a.lastDay = b.lastDay;
    a.filter.search = b.filter.search;
    const bool discrete = dateline::app::serializeViewState(a) != dateline::app::serializeViewState(b);
    const double now = ImGui::GetTime();
    if (!discrete && (ImGui::IsAnyMouseDown() || now - p.lastHashWrite < 0.4)) return;
    dateline::platform::setLocationHash(hash, discrete);
    p.lastHash = hash;
    p.lastHashedView = p.state.view;
    p.lastHashWrite = now;
}

// Right after the first frame: read and analyse the bundled articles (or the synthetic set), apply the view the
// link asks for, then let the page restore stored files and ?src= bundles.
void finishStart(Platform& p) {
    p.startPending = false;
    p.fontsDirty = true; // the full atlas replaces the first frame's Latin-only one, whatever the start
    auto& state = p.state;
    const std::string& synthetic = p.startSynthetic;
    if (!synthetic.empty() && synthetic.size() < 8 && synthetic.find_first_not_of("0123456789") == std::string::npos)
        dateline::app::setTimeline(state, dateline::app::makeSyntheticTimeline(std::stoul(synthetic)), true);
    else
        rebuild(p, true);
    state.loadProgress = -1;
    state.loadLabel.clear();
    applyHash(p, p.startHash);
    if (p.lastHash.empty()) p.lastHashedView = state.view;
    dateline::platform::appReady();
}

// What the page can analyse before its first frame without keeping it blank for long: the
// bundled articles (tens of KB) are; an offline page or a link's synthetic set may be large.
bool smallStart(const Platform& p) {
    constexpr std::size_t kMaxBytesBeforeFirstFrame = 256 * 1024;
    if (!p.startSynthetic.empty()) return false;
    std::size_t bytes = 0;
    for (const auto& f : p.bundled) bytes += f.bytes.size();
    return bytes <= kMaxBytesBeforeFirstFrame;
}

void finishStartSoon(void* arg) {
    auto& p = *static_cast<Platform*>(arg);
    if (p.startPending) finishStart(p);
}

void frame(void* arg) {
    auto& p = *static_cast<Platform*>(arg);
    if (p.startPending && p.frames >= 2) finishStart(p); // in case the task below has not run yet
    const double started = emscripten_get_now();
    int w = 0, h = 0;
    dateline::platform::canvasCssSize(w, h);
    const float dpr = static_cast<float>(std::clamp(dateline::platform::devicePixelRatio(), 1.0, 4.0));
    const int bw = static_cast<int>(std::lround(w * dpr)), bh = static_cast<int>(std::lround(h * dpr));
    if (w > 0 && h > 0 && (bw != p.width || bh != p.height)) {
        p.width = bw;
        p.height = bh;
        dateline::platform::resizeBackingStore(bw, bh);
    }
    p.state.uiScale = dpr;
    refreshFontsAndStyle(p);
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    dateline::app::drawExplorer(p.state, p.services);
    ImGui::Render();
    int fbw = 0, fbh = 0;
    glfwGetFramebufferSize(p.window, &fbw, &fbh);
    glViewport(0, 0, fbw, fbh);
    if (p.state.view.dark) glClearColor(0.09f, 0.1f, 0.12f, 1.0f);
    else glClearColor(0.95f, 0.95f, 0.94f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (p.state.pngRequested) {
        p.state.pngRequested = false;
        const float* r = p.state.canvasRect;
        dateline::platform::exportCanvasPng(static_cast<int>(r[0]), static_cast<int>(r[1]), static_cast<int>(r[2]),
                                            static_cast<int>(r[3]));
    }
    if (!p.startPending) syncHash(p); // the link's view is not applied yet: keep the URL as it is
    dateline::platform::frameRendered(++p.frames, emscripten_get_now() - started);
    // Read the articles in a task right after the second frame, the first drawn in an animation
    // frame: by then the browser has put the first on screen (it was drawn from main(), before
    // the first animation frame, which would have come up to a frame later).
    if (p.frames == 2 && p.startPending) emscripten_async_call(finishStartSoon, &p, 0);
}

} // namespace

// [SECTION] Calls from JavaScript (web/pre.js and tests) --------------------------

extern "C" {

// Test hook: what the explorer drew in the last frame, as JSON (browser tests read it).
EMSCRIPTEN_KEEPALIVE const char* dateline_debug_state() {
    static std::string json;
    if (!g_platform) return "{}";
    const auto& s = g_platform->state;
    nlohmann::json j;
    j["frames"] = g_platform->frames;
    j["fontAtlasFull"] = g_platform->fontAtlasFull;
    j["searchGlyphsMissing"] = missingGlyphs(s.searchBuffer, ""); // typed characters the atlas cannot draw
    j["fontGlyphs"] = ImGui::GetIO().Fonts->Fonts.empty() ? 0 : ImGui::GetIO().Fonts->Fonts[0]->Glyphs.Size;
    j["heapInUse"] = mallinfo().uordblks; // bytes malloc has handed out now (wasm memory is its high-water mark)
    j["articles"] = s.timeline.articles.size();
    j["events"] = s.timeline.events.size();
    j["entities"] = s.timeline.entities.size();
    j["shownEvents"] = s.filtered.shown;
    j["hiddenEvents"] = s.filtered.hidden;
    j["lanes"] = s.lanes.lanes.size();
    j["laneScroll"] = s.laneScroll;
    j["drawnTimelineItems"] = s.drawnTimelineItems;
    j["drawnClusters"] = s.drawnClusters;
    j["firstDay"] = s.view.firstDay;
    j["lastDay"] = s.view.lastDay;
    j["laneMode"] = dateline::app::toString(s.view.lanes);
    j["dark"] = s.view.dark;
    j["selectedEvent"] = s.view.selectedEvent;
    j["readerArticle"] = s.readerArticle >= 0 ? s.timeline.articles[static_cast<std::size_t>(s.readerArticle)].id : "";
    j["readerHighlight"] = s.drawnHighlight;
    j["uiScale"] = s.uiScale;
    j["embed"] = s.embed;
    j["userFiles"] = s.userFileCount;
    j["statusMessages"] = s.statusMessages;
    j["drawnArticleTitles"] = s.drawnArticleTitles;
    j["canvas"] = {s.canvasRect[0], s.canvasRect[1], s.canvasRect[2], s.canvasRect[3]};
    nlohmann::json drawn = nlohmann::json::array();
    for (const auto& e : s.drawnEvents) drawn.push_back({{"id", e.id}, {"x", e.x}, {"y", e.y}});
    j["drawnEvents"] = std::move(drawn);
    json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return json.c_str();
}

// Files arrive one at a time (so JS can show progress), then are analysed together.
EMSCRIPTEN_KEEPALIVE void dateline_stage_file(const char* name, const char* data, int length) {
    if (!g_platform || !name || length < 0) return;
    g_platform->staged.push_back({name, std::string(data, static_cast<std::size_t>(length))});
}

// The core's per-file limit, so the page refuses the same files before copying them in.
EMSCRIPTEN_KEEPALIVE unsigned dateline_max_file_bytes() {
    return static_cast<unsigned>(dateline::PipelineLimits().maxFileBytes);
}

EMSCRIPTEN_KEEPALIVE void dateline_report_load_error(const char* message) {
    if (g_platform && message) g_platform->stageErrors.push_back(message);
}

EMSCRIPTEN_KEEPALIVE void dateline_load_progress(int done, int total) {
    if (!g_platform) return;
    auto& s = g_platform->state;
    if (total <= 0 || done >= total) {
        s.loadProgress = done >= total && total > 0 ? 1.0f : -1.0f;
        s.loadLabel = total > 0 ? "Analysing " + std::to_string(total) + " files..." : "";
        if (total <= 0) s.loadProgress = -1.0f;
        return;
    }
    s.loadProgress = static_cast<float>(done) / static_cast<float>(total);
    s.loadLabel = "Reading " + std::to_string(done + 1) + " of " + std::to_string(total);
}

// target: 0 = the user's files (same name replaces), 1 = replaces the bundled articles.
EMSCRIPTEN_KEEPALIVE void dateline_commit_files(int target, int fit) {
    if (!g_platform) return;
    Platform& p = *g_platform;
    if (target == 1) {
        if (!p.staged.empty()) p.bundled = std::move(p.staged);
    } else {
        std::unordered_map<std::string, std::size_t> byName; // 10,000 files: no scan per file
        for (std::size_t i = 0; i < p.user.size(); ++i) byName.emplace(p.user[i].name, i);
        for (auto& f : p.staged) {
            const auto it = byName.find(f.name);
            if (it != byName.end()) {
                p.user[it->second] = std::move(f);
            } else {
                byName.emplace(f.name, p.user.size());
                p.user.push_back(std::move(f));
            }
        }
    }
    p.staged.clear();
    rebuild(p, fit != 0);
    p.state.loadProgress = -1;
}

EMSCRIPTEN_KEEPALIVE void dateline_reset_user_files() {
    if (!g_platform) return;
    g_platform->user.clear();
    g_platform->bundled = readFolder("/articles");
    rebuild(*g_platform, true);
}

EMSCRIPTEN_KEEPALIVE void dateline_hash_changed() {
    if (g_platform) applyHash(*g_platform, dateline::platform::locationHash());
}

// Test hook for the Export menu's items (0 bundle, 1 TimelineJS, 2 CSV, 3 PNG, 4 offline page).
EMSCRIPTEN_KEEPALIVE void dateline_export(int kind) {
    if (g_platform && kind >= 0 && kind <= 4)
        dateline::app::runExport(g_platform->state, g_platform->services, static_cast<dateline::app::ExportKind>(kind));
}

// Benchmarks and tests: replace the corpus with a synthetic timeline of n events.
EMSCRIPTEN_KEEPALIVE void dateline_load_synthetic(int n) {
    if (!g_platform || n < 0) return;
    dateline::app::setTimeline(g_platform->state, dateline::app::makeSyntheticTimeline(static_cast<std::size_t>(n)), true);
    g_platform->fontsDirty = true;
}

} // extern "C"

// [SECTION] main -------------------------------------------------------------------

int main() {
    if (!glfwInit()) {
        dateline::platform::reportFatal("Could not initialise the window system.");
        return 1;
    }
    auto* p = new Platform();
    g_platform = p;
    int cssW = 0, cssH = 0;
    dateline::platform::canvasCssSize(cssW, cssH);
    // WebGL2 first; WebGL1 when the browser has no WebGL2.
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    // ImGui needs no depth or stencil buffer (as web/pre.js's early context).
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    p->window = glfwCreateWindow(std::max(cssW, 320), std::max(cssH, 240), "Dateline", nullptr, nullptr);
    const char* glsl = "#version 300 es";
    if (!p->window) {
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 2);
        p->window = glfwCreateWindow(std::max(cssW, 320), std::max(cssH, 240), "Dateline", nullptr, nullptr);
        glsl = "#version 100";
    }
    if (!p->window) {
        dateline::platform::reportFatal("This browser cannot draw WebGL, which Dateline needs.");
        return 1;
    }
    glfwMakeContextCurrent(p->window);
    // web/pre.js may have created the context while the module downloaded: ask which WebGL it is.
    const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    if (version && std::strstr(version, "OpenGL ES 2")) glsl = "#version 100";
    // The canvas already has the window's size (GLFW set it, or web/pre.js did): the first frame
    // resizes it only when the device pixel ratio asks for more pixels.
    glfwGetFramebufferSize(p->window, &p->width, &p->height);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(p->window, true);
    ImGui_ImplOpenGL3_Init(glsl);

    auto& state = p->state;
    state.embed = dateline::platform::queryParam("embed") == "1";
    state.todayDay = dateline::platform::todayDays();
    const std::string hash = dateline::platform::locationHash();
    // A saved offline page carries its own articles in place of the bundled ones.
    const std::string offline = dateline::platform::takeOfflineBundle();
    if (!offline.empty()) p->bundled.push_back({"offline-bundle.json", offline});
    else p->bundled = readFolder("/articles");
    p->startSynthetic = dateline::platform::queryParam("synthetic");
    p->startHash = hash;
    state.loadProgress = 0;
    state.loadLabel = "Reading " + std::to_string(p->bundled.size()) + (p->bundled.size() == 1 ? " file" : " files") +
                      "\xE2\x80\xA6";

    auto& services = p->services;
    services.download = dateline::platform::downloadFile;
    services.openFilePicker = dateline::platform::openFilePicker;
    services.resetToBundled = dateline::platform::resetUserFiles;
    services.saveOfflinePage = dateline::platform::saveOfflinePage;
    services.copyText = dateline::platform::copyText;
    services.openUrl = dateline::platform::openUrl;
    services.pageUrl = dateline::platform::pageUrl();
    // Small starts are read now, so the first frame is the timeline; large ones after the
    // second frame, so the explorer is on screen first. The first frame is drawn now, not at
    // the next animation frame.
    if (smallStart(*p)) finishStart(*p);
    frame(p);
    emscripten_set_main_loop_arg(frame, p, 0, true);
    return 0;
}
