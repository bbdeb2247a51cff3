"""`python -m claimledger`: the same command line as the `claimledger` script."""

from claimledger.cli import main

if __name__ == "__main__":
    main(prog_name="claimledger")
