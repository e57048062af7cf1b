"""The officer's day: services over vessels, port calls, inspections, crew and persons.

Each service checks the caller's role, validates with the domain rules, writes in one
transaction together with its audit entry, and returns `Changes`."""
