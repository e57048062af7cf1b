"""The Qt layer of PIU Desk: imports the core, never the other way round."""
