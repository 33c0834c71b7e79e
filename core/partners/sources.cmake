# Partner audits and KPIs (PRODUCT.md section 3, seed 000 "Measuring alignment", seeds 001/004):
# message consistency of a partner's copy, pricing accuracy, reporting compliance, channel
# conflicts, and the per-partner KPI table with RAG, trend and tier recommendation.
list(APPEND SCORECARD_CORE_SOURCES
  partners/periods.cpp
  partners/money_text.cpp
  partners/copy_text.cpp
  partners/message_audit.cpp
  partners/pricing_audit.cpp
  partners/reporting_audit.cpp
  partners/channel_conflicts.cpp
  partners/kpi_thresholds.cpp
  partners/feedback_loop.cpp
  partners/incidents.cpp
  partners/post_mortems.cpp
  partners/programme_report.cpp
  partners/audit_findings.cpp
  partners/partner_data.cpp
  partners/partner_kpis.cpp
  partners/report_json.cpp
  partners/report_text.cpp
)
