"""Domain records and their validation. No I/O."""
