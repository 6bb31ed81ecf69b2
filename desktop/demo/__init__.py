"""The demo shop generator: a believable IT support shop written into an empty database, for
screenshots, manual testing and benchmarks. Only the command line's demo command and the
benchmarks import it."""
