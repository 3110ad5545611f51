"""Harvesting: the Senate's written questions fetched from senate.be, politely, into a seeds folder.

    urls     the address of a question's page in each rendering and language, and the file that keeps it
    client   the polite HTTP client: robots.txt, one request at a time and spaced, retries, Retry-After, 304s
    state    what was fetched when, with what status: the harvest's memory, in SQLite beside the seeds
    harvest  the run: new numbers until a run of absent ones, then revisits of the questions still waiting
"""
