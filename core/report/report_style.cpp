#include "report/report_style.h"

namespace sc::report {

const std::string& reportCss() {
    // RAG and severity cells carry their word as text too, so nothing relies on colour alone.
    static const std::string css = R"css(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #1b1b1b; background: #fff; line-height: 1.45; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #3a5a80; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
.meta { color: #4a4a4a; margin: 0; }
nav ul { padding-left: 1.2rem; }
a { color: #1d4f91; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f7; }
.index { font-size: 2rem; font-weight: 700; margin: .2rem 0; }
.formula { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9rem; }
.warn { border-left: 4px solid #b26a00; background: #fff6e5; padding: .4rem .6rem; }
.chart text { font-size: 13px; fill: #1b1b1b; }
article.mismatch { border: 1px solid #d5d5d5; border-left: 6px solid #8a8a8a; padding: .2rem .9rem .6rem;
  margin: .8rem 0; break-inside: avoid; }
article.sev-critical { border-left-color: #8e1b1b; }
article.sev-high { border-left-color: #c2410c; }
article.sev-medium { border-left-color: #b28704; }
article.sev-low { border-left-color: #4d7c0f; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.rag-green { background: #e3f4e1; }
.rag-amber { background: #fff1d0; }
.rag-red { background: #fbe0de; }
.overdue { background: #fbe0de; }
.none { color: #555; font-style: italic; }
@media print {
  @page { margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; background: #fff; }
  nav { display: none; }
  section { break-before: page; }
  main > section:first-child { break-before: auto; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: #000; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";
    return css;
}

}  // namespace sc::report
