// One factory per command, defined in cli/cmd_<name>.cpp.
#pragma once

#include "cli.h"

namespace sc::cli {

Command validateCommand();    // cmd_validate.cpp
Command formatCommand();      // cmd_format.cpp
Command scoreCommand();       // cmd_score.cpp
Command importCommand();      // cmd_import.cpp
Command mergeCommand();       // cmd_merge.cpp
Command diffCommand();        // cmd_diff.cpp
Command partnersCommand();    // cmd_partners.cpp
Command auditCopyCommand();   // cmd_audit_copy.cpp
Command csvPreviewCommand();  // cmd_csv_preview.cpp
Command auditCommand();       // cmd_audit.cpp
Command exportCommand();      // cmd_export.cpp
Command reportCommand();      // cmd_report.cpp
Command linkCommand();        // cmd_link.cpp
Command generateCommand();    // cmd_generate.cpp

}  // namespace sc::cli
