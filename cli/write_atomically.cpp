// `-o OUT`: the bytes go to a new temporary file beside OUT, created exclusively (so a symlink
// or file planted under its name is never followed or reused), given OUT's permissions, synced,
// then renamed over OUT. A symlinked OUT is refused rather than replaced or followed.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

#include "cli.h"

namespace sc::cli {
namespace {

// Opens a fresh "OUT.tmp-PID-N" with O_EXCL; -1 (and `tmp` the last name tried) on failure.
int createTemporary(const std::string& path, std::string& tmp) {
    static unsigned counter = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" +
              std::to_string(static_cast<unsigned long>(std::time(nullptr)) ^ ++counter);
        // 0666 and the umask: the mode a new OUT would get from any other program.
        const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    return -1;
}

bool writeAll(int fd, const std::string& bytes) {
    for (std::size_t done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

bool writeAtomically(const std::string& path, const std::string& bytes, std::string& error) {
    struct stat existing {};
    const bool exists = ::lstat(path.c_str(), &existing) == 0;
    if (exists && S_ISLNK(existing.st_mode)) {
        error = path +
                ": is a symbolic link; not written (scorecard does not replace or follow a link: give "
                "the path of the file it points to)";
        return false;
    }
    if (exists && !S_ISREG(existing.st_mode)) {
        error = path + ": not a regular file; not written";
        return false;
    }
    std::string tmp;
    const int fd = createTemporary(path, tmp);
    if (fd < 0) {
        error = tmp + ": cannot create the file (" + std::strerror(errno) + ")";
        return false;
    }
    // OUT keeps its permissions (a 0600 file stays 0600).
    bool ok = !exists || ::fchmod(fd, existing.st_mode & 07777) == 0;
    ok = ok && writeAll(fd, bytes) && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (!ok) {
        error = tmp + ": write failed";
        ::unlink(tmp.c_str());
        return false;
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        error = path + ": cannot replace the file";
        ::unlink(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace sc::cli
