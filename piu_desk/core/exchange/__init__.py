"""Exchange with headquarters: the `piu-bundle/1` format (docs/bundle-format.md), station
keys and trust, export, import and HQ mode. `age` holds the outer, encrypted layer."""
