"""The search box's language (language), what a tree looks for (terms), the one scoring
model (scoring) and the one evaluator (evaluator)."""
