"""Tools beside the library, not part of its core.

    synth        a realistic synthetic archive in the layout of the real pages, for benchmarks and load tests
    synth_words  its French vocabulary
"""
