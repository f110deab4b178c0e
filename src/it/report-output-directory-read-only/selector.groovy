// Runs the IT only where results/ can be made read-only (shared with the other read-only output IT).
return evaluate(new File(itData, '../_scripts/read-only-results.groovy'))
