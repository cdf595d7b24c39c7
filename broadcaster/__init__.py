"""The station: config, store, program assembly, the airing runner and the airing log."""
