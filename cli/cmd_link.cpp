// `scorecard link FILE [--base URL] [--force]` prints a share link holding the whole document
// (core/share, docs/SHARE_LINK.md); `scorecard link --open LINK [-o OUT]` reads one back. The
// app's File > Copy share link and the links it opens use the same core functions.
#include <ostream>

#include "commands.h"
#include "format/document_io.h"
#include "share/share_link.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard link FILE [--base URL] [--force]\n"
    "       scorecard link --open LINK [-o OUT]\n\n"
    "Prints a share link that holds the whole scorecard FILE: its canonical text, compressed\n"
    "(raw DEFLATE) and base64url-encoded in the link's fragment, after '#scorecard=v1.'.\n"
    "Browsers never send the fragment to a server: opening the link in the app shows the\n"
    "document as a new unsaved copy, and nothing is uploaded anywhere.\n"
    "  --base URL   the app's address to put before the fragment (its own fragment is\n"
    "               dropped), e.g. https://team.example/scorecard/ or\n"
    "               file:///C:/Tools/alignment-scorecard.html; without it only\n"
    "               '#scorecard=v1....' is printed\n"
    "  --force      print the link even when it is longer than 64 KB (links that long break\n"
    "               in mail and chat; send the file instead)\n"
    "  --open LINK  read a link (the whole URL or its '#scorecard=...' part) and write the\n"
    "               document it holds, after the same checks as opening a file\n"
    "  -o OUT       with --open: write to OUT instead of standard output (through a new\n"
    "               OUT.tmp-* file renamed over OUT, never half-written)\n\n"
    "exit codes: 0 link printed or document written, 1 the link is over 64 KB (without\n"
    "            --force), FILE is refused, or LINK is damaged or not a scorecard,\n"
    "            2 usage error, unreadable FILE or OUT not writable\n";

struct LinkArgs {
    std::string file, base, link, output;
    bool haveBase = false, force = false, open = false, haveOutput = false;
};

// The options and operands; false (with the message printed) on a usage error.
bool parseLinkArgs(const std::vector<std::string>& args, LinkArgs& a, std::ostream& err) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool takesValue = arg == "--base" || arg == "--open" || arg == "-o" || arg == "--output";
        if (takesValue && i + 1 >= args.size()) {
            err << "scorecard link: " << arg << " needs a value\n";
            return false;
        }
        if (arg == "--base") {
            a.base = args[++i];
            a.haveBase = true;
        } else if (arg == "--open") {
            if (a.open) {
                err << "scorecard link: only one --open LINK at a time\n";
                return false;
            }
            a.link = args[++i];
            a.open = true;
        } else if (arg == "-o" || arg == "--output") {
            if (a.haveOutput) {
                err << "scorecard link: -o needs exactly one OUT file\n";
                return false;
            }
            a.output = args[++i];
            a.haveOutput = true;
        } else if (arg == "--force") {
            a.force = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            err << "scorecard link: unknown option '" << arg << "' (see scorecard link --help)\n";
            return false;
        } else if (a.file.empty()) {
            a.file = arg;
        } else {
            err << "scorecard link: only one FILE at a time (got '" << a.file << "' and '" << arg << "')\n";
            return false;
        }
    }
    if (a.open && (!a.file.empty() || a.haveBase || a.force)) {
        err << "scorecard link: --open LINK takes only -o OUT (FILE, --base and --force are for making a "
               "link)\n";
        return false;
    }
    if (!a.open && a.haveOutput) {
        err << "scorecard link: -o is for --open; the link itself goes to standard output\n";
        return false;
    }
    if (!a.open && a.file.empty()) {
        err << "scorecard link: no file given\n" << kUsage;
        return false;
    }
    return true;
}

int makeLink(const LinkArgs& a, std::ostream& out, std::ostream& err) {
    LoadResult loaded;
    if (const int code = loadScorecardFile("link", a.file, loaded, err); code != kExitOk) return code;
    noteErrorFindings(a.file, loaded, "linked anyway (the link holds the document as it is)", err);
    const std::string fragment = shareFragment(saveDocument(loaded.document));
    if (fragment.size() > kMaxShareFragmentBytes && !a.force) {
        err << "scorecard link: " << shareLinkTooLongMessage(fragment.size())
            << " (--force prints the link anyway)\n";
        return kExitFindings;
    }
    out << std::string(a.base.substr(0, a.base.find('#'))) << fragment << "\n";
    return kExitOk;
}

int openLink(const LinkArgs& a, std::ostream& out, std::ostream& err) {
    const ShareLinkDecoded decoded = decodeShareLink(a.link);
    if (!decoded.ok) {
        err << "scorecard link: " << decoded.error << "\n";
        return kExitFindings;
    }
    // The same checks as any file: a link can hold anything, so it is loaded like one.
    const LoadResult loaded = loadDocument(decoded.text);
    if (loaded.outOfMemory) return outOfMemoryReading("link", "the link", decoded.text.size(), err);
    if (!loaded.ok) {
        err << "scorecard link: the link's document is refused: " << loaded.error << "\n";
        return kExitFindings;
    }
    noteErrorFindings("the link's document", loaded, "written anyway (see scorecard validate)", err);
    const std::string canonical = saveDocument(loaded.document);
    if (!a.haveOutput) {
        out << canonical;
        return kExitOk;
    }
    std::string writeError;
    if (!writeAtomically(a.output, canonical, writeError)) {
        err << "scorecard link: " << writeError << "\n";
        return kExitUsage;
    }
    return kExitOk;
}

int runLink(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    LinkArgs a;
    if (!parseLinkArgs(args, a, err)) return kExitUsage;
    return a.open ? openLink(a, out, err) : makeLink(a, out, err);
}

}  // namespace

Command linkCommand() {
    return {"link", "make a share link holding a scorecard file, or open one (--open LINK)", kUsage, runLink};
}

}  // namespace sc::cli
