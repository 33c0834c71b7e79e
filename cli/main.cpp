// scorecard: args -> core -> printed result and exit code. All logic is in cli.cpp / cmd_*.cpp
// (tested in-process) and in the core.
#include <iostream>

#include "cli.h"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return sc::cli::runCli(args, std::cout, std::cerr);
}
