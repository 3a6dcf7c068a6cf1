"""Development only: the benchmark and scale-data commands, never installed in production."""
