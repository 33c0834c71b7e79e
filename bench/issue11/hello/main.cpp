// Issue 11's baseline page (a measuring tool, not the product): a bare Dear ImGui "hello" with
// one window, linked with the web app's emscripten flags (web/CMakeLists.txt) and packed into a
// single HTML file the same way (scripts/single-file.mjs), so its size and first frame are what
// ImGui + emscripten cost before any of the app. build.sh builds it; bench/issue11-table.sh runs
// it. Frame 1 sets window.helloApp.firstFrameMs = performance.now() (since navigation start),
// as web/platform_web.cpp sets window.scorecardApp.firstFrameMs.
#include <emscripten.h>
#include <GLFW/glfw3.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

// clang-format off
EM_JS(void, hello_frame_rendered, (int frames), {
    var app = window.helloApp || (window.helloApp = {});
    if (frames === 1) app.firstFrameMs = performance.now();
    app.frames = frames;
});
// clang-format on

namespace {

GLFWwindow* g_window = nullptr;
int g_frames = 0;

void frame() {
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Hello");
    ImGui::Text("Hello, world");
    ImGui::End();
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(g_window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    hello_frame_rendered(++g_frames);
}

}  // namespace

int main() {
    if (!glfwInit()) return 1;
    g_window = glfwCreateWindow(1280, 800, "Hello", nullptr, nullptr);
    if (!g_window) return 1;
    glfwMakeContextCurrent(g_window);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
