"""The index on disk: generations and their swap (store), the Whoosh schemas (schema), the
query arrays written by the build (fields, arrays, finish) and read back (reader), build
and update (build), the live generation a process serves (live)."""
