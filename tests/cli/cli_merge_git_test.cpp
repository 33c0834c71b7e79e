// `scorecard merge` as a real git merge driver, set up as docs/MERGE.md says: two branches
// edit different fields of the same table row (a line git alone cannot merge) and merge
// cleanly; two branches change the same field and git reports the conflict, with the merge
// (ours kept) in the working tree instead of conflict markers.
#include "cli/cli_temp_dir.h"

using sc::test::readText;
using sc::test::TempDir;

namespace {

struct Shell {
    int exitCode = -1;
    std::string out;  // standard output and error together
};

// Runs `command` in `dir` with git's user and system configuration shut out.
Shell sh(const std::string& dir, const std::string& command) {
    const std::string full = "cd '" + dir +
                             "' && export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null HOME='" + dir +
                             "' && (" + command + ") 2>&1";
    Shell run;
    FILE* pipe = popen(full.c_str(), "r");
    if (!pipe) return run;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

const char* kFile = "programme.scorecard.json";

// A repository whose main branch holds the partner-programme sample, with the merge driver set up.
std::string makeRepo(const TempDir& dir, const sc::Document& base) {
    const std::string repo = dir.file("repo");
    EXPECT_EQ(sh(dir.file(""), "mkdir repo").exitCode, 0);
    sc::test::writeText(repo + "/" + kFile, sc::saveDocument(base));
    const Shell setup = sh(repo, std::string("git init -q && git config user.name Test && "
                                             "git config user.email test@example.com && "
                                             "git config merge.scorecard.driver \"'") +
                                     SCORECARD_CLI_PATH +
                                     "' merge %A %B --base %O -o %A\" && "
                                     "echo '*.scorecard.json merge=scorecard' > .gitattributes && "
                                     "git add . && git commit -qm base && git branch -M main");
    EXPECT_EQ(setup.exitCode, 0) << setup.out;
    return repo;
}

// Commits `doc` as the file on a new branch made from main.
void commitOnBranch(const std::string& repo, const std::string& branch, const sc::Document& doc) {
    ASSERT_EQ(sh(repo, "git checkout -q main && git checkout -q -b " + branch).exitCode, 0);
    sc::test::writeText(repo + "/" + kFile, sc::saveDocument(doc));
    const Shell commit = sh(repo, "git commit -qam '" + branch + "'");
    ASSERT_EQ(commit.exitCode, 0) << commit.out;
}

}  // namespace

TEST(cli_merge_git_test, branches_editing_different_fields_of_one_row_merge_cleanly_through_the_driver) {
    TempDir dir;
    const sc::Document base = sc::test::loadSample("partner-program");
    const std::string repo = makeRepo(dir, base);
    sc::Document pricing = base, sales = base;
    pricing.deals[0].discountBp += 100;  // same row (one line of the file), different cells
    sales.deals[0].outcome = "lost";
    sales.promises[0].name = "Every field, from your dealer";
    commitOnBranch(repo, "pricing", pricing);
    commitOnBranch(repo, "sales", sales);

    ASSERT_EQ(sh(repo, "git checkout -q pricing").exitCode, 0);
    const Shell merge = sh(repo, "git merge --no-edit sales");
    EXPECT_EQ(merge.exitCode, 0) << merge.out;
    EXPECT_NE(merge.out.find("merge: no conflicts"), std::string::npos) << merge.out;  // our driver ran

    sc::Document expected = pricing;
    expected.deals[0].outcome = "lost";
    expected.promises[0].name = "Every field, from your dealer";
    EXPECT_EQ(readText(repo + "/" + kFile), sc::saveDocument(expected));
    EXPECT_EQ(sh(repo, "git status --porcelain").out, "");
    EXPECT_EQ(sh(repo, "git log --oneline | wc -l").out, "4\n");  // base, two branches, the merge
}

TEST(cli_merge_git_test, the_same_field_changed_on_two_branches_is_a_conflict_git_reports) {
    TempDir dir;
    const sc::Document base = sc::test::loadSample("partner-program");
    const std::string repo = makeRepo(dir, base);
    sc::Document marketing = base, channel = base;
    marketing.promises[0].text = "Marketing's promise";
    channel.promises[0].text = "The channel team's promise";
    commitOnBranch(repo, "marketing", marketing);
    commitOnBranch(repo, "channel", channel);

    ASSERT_EQ(sh(repo, "git checkout -q marketing").exitCode, 0);
    const Shell merge = sh(repo, "git merge --no-edit channel");
    EXPECT_EQ(merge.exitCode, 1) << merge.out;
    EXPECT_NE(merge.out.find("conflict at /promises/0/text"), std::string::npos) << merge.out;
    EXPECT_NE(merge.out.find("CONFLICT (content): Merge conflict in programme.scorecard.json"),
              std::string::npos)
        << merge.out;
    EXPECT_EQ(sh(repo, "git status --porcelain").out, "UU programme.scorecard.json\n");
    // The working tree holds the whole merge (ours kept), a loadable file with no markers.
    const auto merged = sc::loadDocument(readText(repo + "/" + kFile));
    ASSERT_TRUE(merged.ok) << merged.error;
    EXPECT_EQ(merged.document.promises[0].text, "Marketing's promise");
}
