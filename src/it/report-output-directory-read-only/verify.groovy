// The failure line names this goal; the rest is shared with the other read-only output IT.
failedGoal = 'report (default-cli)'
return evaluate(new File(itData, '../_scripts/read-only-results-verify.groovy'))
