"""File formats: one module per format, each reading and writing, nothing else."""
