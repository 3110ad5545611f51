"""`python -m search`. The command line is imported only when run, not when this module is imported:
a build's helper processes start afresh (spawned) and import the program's main module, and they need
none of it."""
if __name__ == "__main__":
    from .cli import main

    main()
