"""Search the Belgian Senate's written questions: parsing, French analysis, indexing, querying."""
