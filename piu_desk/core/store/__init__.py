"""All SQL and all key handling of the store live in this package."""
