// Reading input files within the size limit (docs/FORMAT.md, "Limits"): a file over
// `--max-size` (default kMaxFileBytes, the app's limit) is refused before it is read, so a huge
// file costs nothing instead of running the machine out of memory.
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <new>
#include <sys/stat.h>

#include "cli.h"
#include "format/limits.h"

namespace sc::cli {
namespace {

std::size_t g_maxInputBytes = kMaxFileBytes;

std::string tooLarge(const std::string& path, std::size_t size, bool atLeast) {
    return path +
           (atLeast ? ": the input is larger than the "
                    : ": the file is " + describeBytes(size) + ", over the ") +
           describeBytes(g_maxInputBytes) +
           " limit for input files; nothing was read (--max-size SIZE raises the limit, e.g. --max-size "
           "512M)";
}

}  // namespace

std::size_t maxInputBytes() { return g_maxInputBytes; }
void setMaxInputBytes(std::size_t bytes) { g_maxInputBytes = bytes; }

std::string describeBytes(std::size_t bytes) {
    constexpr std::size_t mb = std::size_t{1} << 20;
    if (bytes < mb) return std::to_string(bytes) + " bytes";
    if (bytes % mb == 0) return std::to_string(bytes / mb) + " MB";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / mb);
    return std::string(text) + " (" + std::to_string(bytes) + " bytes)";
}

std::optional<std::size_t> parseByteSize(const std::string& text) {
    std::size_t i = 0, value = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
        if (value > (SIZE_MAX - 9) / 10) return std::nullopt;
        value = value * 10 + static_cast<std::size_t>(text[i] - '0');
    }
    if (i == 0) return std::nullopt;
    const std::string unit = text.substr(i);
    int shift = 0;
    if (unit == "K" || unit == "k") shift = 10;
    else if (unit == "M" || unit == "m") shift = 20;
    else if (unit == "G" || unit == "g") shift = 30;
    else if (!unit.empty()) return std::nullopt;
    if (shift && value > (SIZE_MAX >> shift)) return std::nullopt;
    return value << shift;
}

bool takeMaxSizeOption(std::vector<std::string>& args, std::string& error) {
    static const std::string option = "--max-size";
    for (std::size_t i = 0; i < args.size();) {
        std::string value;
        std::size_t taken = 0;
        if (args[i] == option) {
            if (i + 1 >= args.size()) {
                error = option + " needs a value (bytes, or with K, M or G: --max-size 512M)";
                return false;
            }
            value = args[i + 1];
            taken = 2;
        } else if (args[i].rfind(option + "=", 0) == 0) {
            value = args[i].substr(option.size() + 1);
            taken = 1;
        } else {
            ++i;
            continue;
        }
        const auto bytes = parseByteSize(value);
        if (!bytes || *bytes == 0) {
            error =
                option + " must be a size in bytes, or with K, M or G (--max-size 512M), not '" + value + "'";
            return false;
        }
        setMaxInputBytes(*bytes);
        args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                   args.begin() + static_cast<std::ptrdiff_t>(i + taken));
    }
    return true;
}

bool readFile(const std::string& path, std::string& text, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot open the file";
        return false;
    }
    // A regular file's size is known before reading; a pipe's is checked as it arrives.
    struct stat info {};
    const bool sized = ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
    if (sized && static_cast<std::size_t>(info.st_size) > g_maxInputBytes) {
        error = tooLarge(path, static_cast<std::size_t>(info.st_size), false);
        return false;
    }
    text.clear();
    try {
        if (sized) text.reserve(static_cast<std::size_t>(info.st_size));  // read once, no regrowth
        char chunk[1 << 16];
        while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
            text.append(chunk, static_cast<std::size_t>(in.gcount()));
            if (text.size() > g_maxInputBytes) {
                error = tooLarge(path, text.size(), true);
                text = std::string();
                return false;
            }
        }
    } catch (const std::bad_alloc&) {
        text = std::string();
        error = "out of memory reading " + path +
                (sized ? " (" + std::to_string(info.st_size) + " bytes)" : "") +
                ": the file is too large for the memory available (nothing was read)";
        return false;
    }
    if (in.bad()) {
        error = path + ": read error";
        return false;
    }
    return true;
}

}  // namespace sc::cli
