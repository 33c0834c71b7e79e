# The sample scorecards compiled into the app (File > Open sample), first one opens at start.
# Paths relative to this directory.
set(SCORECARD_SAMPLES
  saas-self-serve.scorecard.json
  premium-skincare-marketplace.scorecard.json
  sustainable-retail.scorecard.json
  enterprise-subscription-resellers.scorecard.json
  partner-program.scorecard.json
)
