// The browser entry point: the only file that knows about emscripten. Creates the GLFW window
// on #canvas, runs the ImGui frame loop, keeps the canvas backing store at CSS size × device
// pixel ratio (crisp text on HiDPI), and exports the JavaScript-facing functions listed in
// web/CMakeLists.txt (EXPORTED_FUNCTIONS).
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLFW/glfw3.h>

#include <cmath>
#include <string>

#include "app/app.h"
#include "app/clock.h"
#include "app/fonts.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "test_hooks/item_recorder.h"

namespace {

struct Platform {
    GLFWwindow* window = nullptr;
    sc::web::App* app = nullptr;
    double dpr = 0.0;  // the ratio fonts and style are built for; 0 = not yet
    int frames = 0;
    std::string itemsJson;  // keeps the last sc_test_items_json() result alive for JS
};

// The page lives as long as the process; the exported functions reach it through this.
Platform* g_platform = nullptr;

}  // namespace

// Publishes progress on window.scorecardApp (created by shell/index.html).
EM_JS(void, sc_js_frame_rendered, (int frames, double dpr), {
    var app = window.scorecardApp;
    if (!app) return;
    if (!app.module) app.module = Module;
    if (frames === 1) app.firstFrameMs = performance.now();
    app.frames = frames;
    app.dpr = dpr;
});

// The browser's clock: JavaScript Date is the app's only time source (the core never reads one).
EM_JS(double, sc_js_now_ms, (), { return Date.now(); });
EM_JS(int, sc_js_timezone_offset_minutes, (), { return new Date().getTimezoneOffset(); });

namespace {

sc::web::Clock browserClock() { return sc::web::clockFromUnixMs(sc_js_now_ms(), sc_js_timezone_offset_minutes()); }

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
        glfwSetWindowSize(p.window, width, height);
    if (dpr != p.dpr) {
        p.dpr = dpr;
        sc::web::buildFonts(static_cast<float>(dpr));
        sc::web::applyStyle(static_cast<float>(dpr));
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

void frame(void* arg) {
    Platform& p = *static_cast<Platform*>(arg);
    glfwPollEvents();
    syncCanvas(p);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    p.app->setClock(browserClock());
    p.app->frame();
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(p.window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.95f, 0.95f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    sc::web::test_hooks::endFrame();

    ++p.frames;
    sc_js_frame_rendered(p.frames, p.dpr);
}

}  // namespace

// The items ImGui drew in the last frame as JSON (CSS pixels): window.scorecardApp.items().
extern "C" EMSCRIPTEN_KEEPALIVE const char* sc_test_items_json() {
    if (!g_platform) return "[]";
    g_platform->itemsJson = sc::web::test_hooks::lastFrameJson(static_cast<float>(g_platform->dpr));
    return g_platform->itemsJson.c_str();
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
    ImGui_ImplOpenGL3_Init("#version 300 es");

    p->app = new sc::web::App(browserClock());
    emscripten_set_main_loop_arg(frame, p, 0, true);
    return 0;
}
