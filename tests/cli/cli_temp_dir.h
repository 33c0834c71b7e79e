// A fresh temporary directory per test, removed afterwards, for files the real binary reads
// and writes.
#pragma once

#include <cstdlib>
#include <string>

#include "test_util.h"

namespace sc::test {

class TempDir {
  public:
    TempDir() {
        char pattern[] = "/tmp/scorecard-cli-XXXXXX";
        const char* made = mkdtemp(pattern);
        m_path = made ? made : "/tmp";
    }
    ~TempDir() {
        if (m_path != "/tmp") std::system(("rm -rf '" + m_path + "'").c_str());
    }
    std::string file(const std::string& name) const { return m_path + "/" + name; }
    // Writes `bytes` to `name` in the directory and returns its path.
    std::string write(const std::string& name, const std::string& bytes) const {
        writeText(file(name), bytes);
        return file(name);
    }

  private:
    std::string m_path;
};

}  // namespace sc::test
