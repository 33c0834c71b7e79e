// The browser entry point: the only file that knows about emscripten. Creates the GLFW window
// on #canvas, runs the ImGui frame loop, keeps the canvas backing store at CSS size × device
// pixel ratio (crisp text on HiDPI), and exports the JavaScript-facing functions listed in
// web/CMakeLists.txt (EXPORTED_FUNCTIONS). Files, downloads, localStorage and the tab title go
// through the small functions shell/index.html puts on window.scorecardApp; the App only sees
// names and text.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLFW/glfw3.h>

#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "format/limits.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "logic/clock.h"
#include "logic/key_latch.h"
#include "logic/key_value_store.h"
#include "logic/recent_files.h"
#include "logic/wheel.h"
#include "test_hooks/item_recorder.h"
#include "widgets/fonts.h"

namespace {

struct Platform {
    GLFWwindow* window = nullptr;
    sc::web::App* app = nullptr;
    double dpr = 0.0;                              // the ratio fonts and style are built for; 0 = not yet
    float textScale = 0.0f;                        // the app's text scale they are built for
    sc::web::Theme theme = sc::web::Theme::Light;  // the theme the style is built for
    int frames = 0;
    std::string itemsJson;     // keeps the last sc_test_items_json() result alive for JS
    std::string title;         // the tab title last set
    int recentVersion = -1;    // the page's recent-files list last read (scorecardApp.recent.version)
    sc::web::KeyLatch keys;    // holds back releases of taps no frame has seen yet
    bool linkChecked = false;  // the address's share link was looked at (after the start-up restore)
};

// The page lives as long as the process; the exported functions reach it through this.
Platform* g_platform = nullptr;

// Sits in front of the ImGui backend's key callback so a tap between two frames is not lost.
void onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    if (g_platform) {
        if (action == GLFW_PRESS) g_platform->keys.pressed(key);
        if (action == GLFW_RELEASE && !g_platform->keys.released(key, scancode, mods)) return;
    }
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

}  // namespace

// The EM_JS bodies are JavaScript: clang-format would split "===" into "== =".
// clang-format off
// Publishes progress on window.scorecardApp (created by shell/index.html).
// `drawMs`: the frame's time from its start to ImGui's finished draw lists (events, the views,
// their layout; what issue 8 wants under 16 ms); `workMs` adds the GL calls and autosave (under
// SwiftShader's software WebGL the GL calls dominate it).
EM_JS(void, sc_js_frame_rendered, (int frames, double dpr, double drawMs, double workMs), {
    var app = window.scorecardApp;
    if (!app) return;
    if (!app.module) app.module = Module;
    if (frames === 1) app.firstFrameMs = performance.now();
    app.frames = frames;
    app.dpr = dpr;
    app.lastFrameDrawMs = drawMs;
    app.lastFrameWorkMs = workMs;
});

// The browser's clock: JavaScript Date is the app's only time source (the core never reads one).
EM_JS(double, sc_js_now_ms, (), { return Date.now(); });
EM_JS(int, sc_js_timezone_offset_minutes, (), { return new Date().getTimezoneOffset(); });

// ---- Calls into the page's glue (shell/index.html); none of them throws into C++ ----

// localStorage.getItem: a malloc'ed copy (caller frees), or null when missing or blocked.
EM_JS(char*, sc_js_storage_get, (const char* key), {
    var value = window.scorecardApp.storageGet(UTF8ToString(key));
    if (value === null) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var copy = _malloc(size);
    stringToUTF8(value, copy, size);
    return copy;
});

// localStorage.setItem: 0 when refused (quota exceeded, storage disabled).
EM_JS(int, sc_js_storage_set, (const char* key, const char* value),
      { return window.scorecardApp.storageSet(UTF8ToString(key), UTF8ToString(value)) ? 1 : 0; });

EM_JS(void, sc_js_storage_remove, (const char* key),
      { window.scorecardApp.storageRemove(UTF8ToString(key)); });

// Save in place (shell/index.html keeps the open document's file handle; see there).
EM_JS(int, sc_js_file_access, (), { return window.scorecardApp.fileAccess ? 1 : 0; });
EM_JS(int, sc_js_saves_in_place, (), { return window.scorecardApp.savesInPlace() ? 1 : 0; });
EM_JS(void, sc_js_save_in_place, (const char* text), { window.scorecardApp.saveInPlace(UTF8ToString(text)); });
EM_JS(void, sc_js_save_as, (const char* name, const char* text),
      { window.scorecardApp.saveAs(UTF8ToString(name), UTF8ToString(text)); });
EM_JS(void, sc_js_adopt_file, (int token), { window.scorecardApp.adoptFile(token); });
EM_JS(void, sc_js_accept_disk, (const char* text), { window.scorecardApp.acceptDisk(UTF8ToString(text)); });

// File > Open recent (shell: scorecardApp.recent): the list changes when its version does; the
// JSON is malloc'ed (caller frees). Opening runs in the page (permission, read, openFile).
EM_JS(int, sc_js_recent_version, (), { return window.scorecardApp.recent.version; });
EM_JS(char*, sc_js_recent_json, (), {
    var value = window.scorecardApp.recent.json();
    var size = lengthBytesUTF8(value) + 1;
    var copy = _malloc(size);
    stringToUTF8(value, copy, size);
    return copy;
});
EM_JS(void, sc_js_open_recent, (int id), { window.scorecardApp.recent.open(id); });
EM_JS(void, sc_js_clear_recent, (), { window.scorecardApp.recent.clear(); });

// Autosave's store (shell: window.scorecardApp.durable): IndexedDB read into memory before the
// app starts, written asynchronously with strict durability; localStorage where IndexedDB is
// not available. A write that fails later is reported through sc_autosave_failed.
EM_JS(char*, sc_js_durable_get, (const char* key), {
    var value = window.scorecardApp.durable.get(UTF8ToString(key));
    if (value === null || value === undefined) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var copy = _malloc(size);
    stringToUTF8(value, copy, size);
    return copy;
});

EM_JS(int, sc_js_durable_set, (const char* key, const char* value),
      { return window.scorecardApp.durable.set(UTF8ToString(key), UTF8ToString(value)) ? 1 : 0; });

EM_JS(int, sc_js_durable_async, (), { return window.scorecardApp.durable.kind() === 'indexeddb' ? 1 : 0; });

EM_JS(void, sc_js_durable_remove, (const char* key),
      { window.scorecardApp.durable.remove(UTF8ToString(key)); });

// The stored keys starting with `prefix`, one a line (malloc'ed; caller frees).
EM_JS(char*, sc_js_durable_keys, (const char* prefix), {
    var value = window.scorecardApp.durable.keys(UTF8ToString(prefix)).join("\n");
    var size = lengthBytesUTF8(value) + 1;
    var copy = _malloc(size);
    stringToUTF8(value, copy, size);
    return copy;
});

EM_JS(int, sc_js_durable_move, (const char* from, const char* to),
      { return window.scorecardApp.durable.move(UTF8ToString(from), UTF8ToString(to)) ? 1 : 0; });

// This tab's autosave slot and the slots other live tabs hold (shell: scorecardApp.tabs), one a
// line (malloc'ed; caller frees).
EM_JS(char*, sc_js_autosave_slots, (), {
    var tabs = window.scorecardApp.tabs;
    var value = [tabs.slot].concat(tabs.live).join("\n");
    var size = lengthBytesUTF8(value) + 1;
    var copy = _malloc(size);
    stringToUTF8(value, copy, size);
    return copy;
});

// Announces this tab's document identity to the other tabs (BroadcastChannel) and returns how
// many of them have the same one (shell: scorecardApp.presence).
EM_JS(int, sc_js_same_document_tabs, (const char* identity),
      { return window.scorecardApp.presence.sameDocument(UTF8ToString(identity)); });

// "Open next": a new tab of this page, which restores the next closed tab's autosave.
EM_JS(void, sc_js_open_new_tab, (), { window.scorecardApp.tabs.openNew(); });

// Hands `text` to the browser as a download named `name`; 0 when the page could not.
EM_JS(int, sc_js_download, (const char* name, const char* text),
      { return window.scorecardApp.download(UTF8ToString(name), UTF8ToString(text)) ? 1 : 0; });

// Shows the browser's file chooser (the page's hidden <input type=file>).
EM_JS(void, sc_js_choose_file, (), { window.scorecardApp.chooseFile(); });

EM_JS(void, sc_js_set_title, (const char* title), { document.title = UTF8ToString(title); });

// The clipboard (emscripten's GLFW has none): the page writes the system clipboard and keeps a
// copy for paste; the copy comes back malloc'ed (caller frees).
EM_JS(void, sc_js_set_clipboard, (const char* text), { window.scorecardApp.setClipboard(UTF8ToString(text)); });
EM_JS(char*, sc_js_get_clipboard, (), {
    var value = window.scorecardApp.clipboardText || "";
    var size = lengthBytesUTF8(value) + 1;
    var copy = _malloc(size);
    stringToUTF8(value, copy, size);
    return copy;
});

// Share links (app_share_link.cpp): the page's address (malloc'ed; caller frees), a flag the
// hashchange listener sets, and removing the fragment once read (a reload must not reopen it).
EM_JS(char*, sc_js_page_url, (), {
    var value = String(location.href);
    var size = lengthBytesUTF8(value) + 1;
    var copy = _malloc(size);
    stringToUTF8(value, copy, size);
    return copy;
});
EM_JS(void, sc_js_watch_hash, (), {
    window.addEventListener('hashchange', function () { window.scorecardApp.hashChanged = true; });
});
EM_JS(int, sc_js_take_hash_change, (), {
    var changed = !!window.scorecardApp.hashChanged;
    window.scorecardApp.hashChanged = false;
    return changed ? 1 : 0;
});
EM_JS(void, sc_js_clear_fragment, (), { history.replaceState(history.state, "", location.href.split("#")[0]); });

// Sizes the canvas and the GLFW window. emscripten's glfwSetWindowSize requests fullscreen and
// pointer lock instead when the size equals the screen's (a fullscreen browser, a kiosk on a
// projector): the canvas then keeps its old size and the console shows permission errors.
EM_JS(void, sc_js_resize_canvas, (int width, int height), {
    Browser.setCanvasSize(width, height);
    if (GLFW.active) {
        GLFW.active.width = width;
        GLFW.active.height = height;
    }
});
// clang-format on

namespace {

sc::web::Clock browserClock() {
    return sc::web::clockFromUnixMs(sc_js_now_ms(), sc_js_timezone_offset_minutes());
}

// Autosave's storage: the page's localStorage.
class LocalStorage : public sc::web::KeyValueStore {
  public:
    std::optional<std::string> get(const std::string& key) override {
        char* value = sc_js_storage_get(key.c_str());
        if (!value) return std::nullopt;
        std::string copy(value);
        free(value);
        return copy;
    }
    bool set(const std::string& key, const std::string& value) override {
        return sc_js_storage_set(key.c_str(), value.c_str()) != 0;
    }
    void remove(const std::string& key) override { sc_js_storage_remove(key.c_str()); }
};

// A malloc'ed list from the page, one entry a line (freed here); no entries for "".
std::vector<std::string> lines(char* joined) {
    std::vector<std::string> out;
    if (!joined) return out;
    std::string_view all(joined);
    while (!all.empty()) {
        const std::size_t end = all.find('\n');
        out.emplace_back(all.substr(0, end));
        if (end == std::string_view::npos) break;
        all.remove_prefix(end + 1);
    }
    free(joined);
    return out;
}

// Autosave's storage (see sc_js_durable_get).
class DurableStorage : public sc::web::KeyValueStore {
  public:
    std::optional<std::string> get(const std::string& key) override {
        char* value = sc_js_durable_get(key.c_str());
        if (!value) return std::nullopt;
        std::string copy(value);
        free(value);
        return copy;
    }
    bool set(const std::string& key, const std::string& value) override {
        return sc_js_durable_set(key.c_str(), value.c_str()) != 0;
    }
    void remove(const std::string& key) override { sc_js_durable_remove(key.c_str()); }
    bool confirmsLater() const override { return sc_js_durable_async() != 0; }
    std::vector<std::string> keys(const std::string& prefix) override {
        return lines(sc_js_durable_keys(prefix.c_str()));
    }
    bool move(const std::string& from, const std::string& to) override {
        return sc_js_durable_move(from.c_str(), to.c_str()) != 0;
    }
};

// File > Save / Ctrl+S: back to the open document's file when the page has it; else Save As…
// where the browser can write files; else the canonical text as a download (clean once the
// browser has it). A file write is asynchronous: sc_save_result reports how it ended.
void save(Platform& p, bool saveAs = false) {
    if (p.app->saveInFlight()) return p.app->saveAgainWhenDone();
    if (sc_js_file_access() && !saveAs && sc_js_saves_in_place()) {
        p.app->beginSave();
        sc_js_save_in_place(p.app->documentText().c_str());
    } else if (sc_js_file_access()) {
        p.app->beginSave();
        sc_js_save_as(p.app->downloadName().c_str(), p.app->documentText().c_str());
    } else if (sc_js_download(p.app->downloadName().c_str(), p.app->documentText().c_str())) {
        p.app->markSaved();
    } else {
        p.app->saveFailed();
    }
}

// A "#scorecard=" share link in the page's address opens (App::openShareLink), then leaves the
// address bar.
void openShareLinkInAddress(Platform& p) {
    char* url = sc_js_page_url();
    const std::string address = url ? url : "";
    std::free(url);
    p.app->setPageUrl(address);
    if (p.app->openShareLink(address)) sc_js_clear_fragment();
}

// The address's share link, once, after the start-up restore: restored unsaved work is asked
// about before a link's document replaces it (a large autosave is read over several frames).
void openStartShareLink(Platform& p) {
    if (p.linkChecked || p.app->restoring()) return;
    p.linkChecked = true;
    openShareLinkInAddress(p);
}

// After every frame: carry out what the menus asked for, autosave, keep the tab title current.
void afterFrame(Platform& p) {
    openStartShareLink(p);
    if (!p.app->restoring() && sc_js_take_hash_change()) openShareLinkInAddress(p);
    if (p.app->takeOpenFileRequest()) sc_js_choose_file();
    if (const int recent = p.app->takeOpenRecentRequest()) sc_js_open_recent(recent);
    if (p.app->takeClearRecentRequest()) sc_js_clear_recent();
    if (const int version = sc_js_recent_version(); version != p.recentVersion) {
        p.recentVersion = version;
        char* json = sc_js_recent_json();
        p.app->setRecentFiles(sc::web::parseRecentFiles(json ? json : "[]"));
        std::free(json);
    }
    if (p.app->takeSaveRequest()) save(p);
    if (p.app->takeSaveAsRequest()) save(p, /*saveAs=*/true);
    if (auto token = p.app->takeFileLinkChange()) sc_js_adopt_file(*token);
    if (auto text = p.app->takeAcceptDisk()) sc_js_accept_disk(text->c_str());
    p.app->setFileAccess(sc_js_file_access() != 0, sc_js_saves_in_place() != 0);
    if (p.app->takeNewTabRequest()) sc_js_open_new_tab();
    p.app->setTabsWithSameDocument(sc_js_same_document_tabs(p.app->documentIdentity().c_str()));
    if (auto download = p.app->takeDownloadRequest())
        sc_js_download(download->name.c_str(), download->text.c_str());
    p.app->updateAutosave(emscripten_date_now());
    std::string title = p.app->pageTitle();
    if (title != p.title) {
        sc_js_set_title(title.c_str());
        p.title = std::move(title);
    }
}

// Matches the canvas backing store to its CSS size × devicePixelRatio, and rebuilds fonts and
// style when the ratio changes (browser zoom, moving to another screen).
void syncCanvas(Platform& p) {
    double cssWidth = 0.0, cssHeight = 0.0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    const double dpr = emscripten_get_device_pixel_ratio();
    const int width = static_cast<int>(std::lround(cssWidth * dpr));
    const int height = static_cast<int>(std::lround(cssHeight * dpr));
    int canvasWidth = 0, canvasHeight = 0;
    emscripten_get_canvas_element_size("#canvas", &canvasWidth, &canvasHeight);
    if (width > 0 && height > 0 && (width != canvasWidth || height != canvasHeight))
        sc_js_resize_canvas(width, height);
    // Text size (Ctrl+= / Ctrl+-, projector mode) scales fonts and style sizes on top of the
    // ratio, so every item grows with the text; a theme change only needs a new style.
    const sc::web::DisplayPrefs& display = p.app->display();
    const float textScale = display.textScale();
    if (dpr != p.dpr || textScale != p.textScale) {
        p.dpr = dpr;
        p.textScale = textScale;
        sc::web::buildFonts(static_cast<float>(dpr) * textScale);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        p.theme = display.theme;
        sc::web::applyStyle(static_cast<float>(dpr) * textScale, display.theme);
    } else if (display.theme != p.theme) {
        p.theme = display.theme;
        sc::web::applyStyle(static_cast<float>(dpr) * textScale, display.theme);
    }
}

void frame(void* arg) {
    Platform& p = *static_cast<Platform*>(arg);
    const double started = emscripten_get_now();
    glfwPollEvents();
    syncCanvas(p);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    p.app->setClock(browserClock());
    p.app->setNowMs(emscripten_date_now());
    p.app->frame();
    ImGui::Render();
    const double drawMs = emscripten_get_now() - started;
    p.keys.frameSeen([&](const sc::web::KeyLatch::Release& r) {
        ImGui_ImplGlfw_KeyCallback(p.window, r.key, r.scancode, GLFW_RELEASE, r.mods);
    });

    int width = 0, height = 0;
    glfwGetFramebufferSize(p.window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    sc::web::test_hooks::endFrame();
    afterFrame(p);

    ++p.frames;
    sc_js_frame_rendered(p.frames, p.dpr, drawMs, emscripten_get_now() - started);
}

}  // namespace

// The items ImGui drew in the last frame as JSON (CSS pixels): window.scorecardApp.items().
extern "C" EMSCRIPTEN_KEEPALIVE const char* sc_test_items_json() {
    if (!g_platform) return "[]";
    g_platform->itemsJson = sc::web::test_hooks::lastFrameJson(static_cast<float>(g_platform->dpr));
    return g_platform->itemsJson.c_str();
}

// ---- Called by the page (shell/index.html) ----

// A file the user chose or dropped: its `length` bytes as read from disk (not decoded, may
// contain NUL bytes); the core decides whether they are UTF-8 JSON. `fileToken` > 0 names the
// file handle the page keeps for it (picked with File System Access).
extern "C" EMSCRIPTEN_KEEPALIVE void sc_open_file(const char* name, const char* text, int length,
                                                  int fileToken) {
    if (g_platform)
        g_platform->app->openFileText(name, std::string_view(text, static_cast<std::size_t>(length)),
                                      fileToken);
}

// A File > Open recent file the page could not read (moved, deleted, permission refused).
extern "C" EMSCRIPTEN_KEEPALIVE void sc_open_recent_failed(const char* name) {
    if (g_platform) g_platform->app->recentFileFailed(name ? name : "");
}

// The user closed the file chooser without choosing a file.
extern "C" EMSCRIPTEN_KEEPALIVE void sc_choose_cancelled() {
    if (g_platform) g_platform->app->chooseCancelled();
}

// The largest file the page hands to the app: the core's limit, which the CLI uses too, so the
// number is written once (core/format/limits.h).
extern "C" EMSCRIPTEN_KEEPALIVE double sc_max_file_bytes() { return static_cast<double>(sc::kMaxFileBytes); }

// A file the page could not read: the app's error modal says so.
extern "C" EMSCRIPTEN_KEEPALIVE void sc_open_file_failed(const char* name, const char* problem) {
    if (g_platform) g_platform->app->openFileFailed(name, problem);
}

// Ctrl+S (the page stops the browser's own "save page").
extern "C" EMSCRIPTEN_KEEPALIVE void sc_save() {
    if (g_platform) save(*g_platform);
}

// 1 while the document has changes not saved to a file (the page's beforeunload asks).
extern "C" EMSCRIPTEN_KEEPALIVE int sc_is_dirty() { return g_platform && g_platform->app->isDirty() ? 1 : 0; }

// A wheel or trackpad scroll over the canvas, as the DOM WheelEvent gives it.
extern "C" EMSCRIPTEN_KEEPALIVE void sc_mouse_wheel(double deltaX, double deltaY, int deltaMode) {
    if (!g_platform) return;
    const sc::web::WheelSteps steps = sc::web::wheelSteps(deltaX, deltaY, deltaMode);
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += steps.x;
    io.MouseWheel += steps.y;
}

// Ctrl+= (+1), Ctrl+- (-1), Ctrl+0 (0): the page stops the browser's own zoom on them.
extern "C" EMSCRIPTEN_KEEPALIVE void sc_text_size(int direction) {
    if (g_platform) g_platform->app->stepTextSize(direction);
}

// How a file write that save() started ended (see App::saveResult).
extern "C" EMSCRIPTEN_KEEPALIVE void sc_save_result(int status, const char* name, const char* text) {
    if (g_platform) g_platform->app->saveResult(status, name ? name : "", text ? text : "");
}

// An autosave write the store had queued reached the disk.
extern "C" EMSCRIPTEN_KEEPALIVE void sc_autosave_written() {
    if (g_platform) g_platform->app->autosaveWritten();
}

// An autosave write the store had accepted failed on its way to disk.
extern "C" EMSCRIPTEN_KEEPALIVE void sc_autosave_failed(const char* problem) {
    if (g_platform) g_platform->app->autosaveFailed(problem ? problem : "");
}

// The page is being hidden or closed: write a pending autosave now.
extern "C" EMSCRIPTEN_KEEPALIVE void sc_flush_autosave() {
    if (g_platform) g_platform->app->updateAutosave(emscripten_date_now(), /*flush=*/true);
}

int main() {
    if (!glfwInit()) return 1;
    auto* p = new Platform();  // lives for the page's lifetime
    g_platform = p;
    p->window = glfwCreateWindow(1280, 800, "Alignment Scorecard", nullptr, nullptr);
    if (!p->window) return 1;
    glfwMakeContextCurrent(p->window);

    IMGUI_CHECKVERSION();
    ImGuiContext* ctx = ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // layout is fixed; nothing to persist yet
    sc::web::test_hooks::enable(ctx);
    ImGui_ImplGlfw_InitForOpenGL(p->window, true);
    glfwSetKeyCallback(p->window, onKey);  // replaces the backend's, which onKey calls
    // The wheel comes from the page's own listener (sc_mouse_wheel): GLFW's passes raw DOM
    // pixels with the wrong sign. A no-op keeps GLFW calling preventDefault on the event.
    glfwSetScrollCallback(p->window, [](GLFWwindow*, double, double) {});
    ImGui_ImplOpenGL3_Init("#version 300 es");
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = [](void*, const char* text) { sc_js_set_clipboard(text); };
    io.GetClipboardTextFn = [](void*) -> const char* {
        static std::string kept;  // ImGui reads it right away
        char* text = sc_js_get_clipboard();
        kept = text ? text : "";
        std::free(text);
        return kept.c_str();
    };

    p->app = new sc::web::App(browserClock());
    static LocalStorage storage;  // display preferences, CSV mappings
    static DurableStorage durable;
    p->app->loadDisplay(storage);
    // The first line is this tab's slot, the rest the slots other live tabs hold.
    std::vector<std::string> slots = lines(sc_js_autosave_slots());
    const std::string slot = slots.empty() ? std::string() : slots.front();
    if (!slots.empty()) slots.erase(slots.begin());
    p->app->startAutosave(durable, emscripten_date_now(), slot, slots);
    openStartShareLink(*p);  // or from afterFrame, once a large autosave is read
    sc_js_watch_hash();
    emscripten_set_main_loop_arg(frame, p, 0, true);
    return 0;
}
