# Partner audits and KPIs (PRODUCT.md section 3, seed 000 "Measuring alignment", seeds 001/004):
# message consistency of a partner's copy, pricing accuracy, reporting compliance, channel
# conflicts, and the per-partner KPI table with RAG, trend and tier recommendation; the copy
# samples kept in the document and the materials they cite.
list(APPEND SCORECARD_CORE_SOURCES
  partners/periods.cpp
  partners/money_text.cpp
  partners/copy_encoding.cpp
  partners/copy_folding.cpp
  partners/copy_text.cpp
  partners/message_audit.cpp
  partners/pricing_checks.cpp
  partners/pricing_audit.cpp
  partners/reporting_audit.cpp
  partners/channel_conflicts.cpp
  partners/kpi_thresholds.cpp
  partners/feedback_loop.cpp
  partners/incidents.cpp
  partners/post_mortems.cpp
  partners/copy_samples.cpp
  partners/material_citations.cpp
  partners/material_status.cpp
  partners/material_report.cpp
  partners/programme_report.cpp
  partners/audit_findings.cpp
  partners/partner_data.cpp
  partners/partner_kpis.cpp
  partners/kpi_history.cpp
  partners/kpi_history_output.cpp
  partners/cadence_health.cpp
  partners/cadence_health_output.cpp
  partners/report_json.cpp
  partners/report_text.cpp
)
