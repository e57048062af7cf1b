"""Schema 4: a person's documents are found by the person (the person page and merging
read them on every open; without the index each read scanned every document)."""

VERSION = 4

SQL = """
CREATE INDEX person_documents_person ON person_documents(person_id)
"""
