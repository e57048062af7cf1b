"""Imports of files that arrive at the desk: crew-list spreadsheets (FAL Form 5), MRZ lines,
equipment handover lists. Qt-free and store-free: parsers return records and reports; the
store layer decides what to save."""
