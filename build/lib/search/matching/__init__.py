"""Matching: which questions a query selects, scored by one model, in what order.

    scoring     the one scoring model: BM25F's field weights and norms, the subject term, proximity's and
                phrases' weights, the tiers of a widened search; every score goes through it
    evaluator   a query tree -> (mask, scores) over every row, on the index's arrays, within a deadline
    proximity   the bonus of query words that stand near each other
    selection   a query with its filters and dates -> an immutable Selection; its order, one result per group
"""
