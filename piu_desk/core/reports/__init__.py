"""Printouts as PDF, built with reportlab in memory and returned as bytes; no Qt.

`document.Report` gives a report its styles, translation, A4 page templates and page
furniture; `tables` adds split-across-pages tables and signature blocks; `dates` formats dates
in English and Khmer; `fonts` registers the shipped fonts and `markup` puts each word in the
font of its script so HarfBuzz shapes Khmer correctly. Report strings are marked with
QT_TRANSLATE_NOOP in the context "Reports" and translated by the caller's `translate`.
"""
