# fixture-path: app/search/filters.py
def describe(filters, name):
    where = "Showing results"
    # ok: py-sql-clause-built-from-values (no SQL is run from this file)
    where += " where name = '" + name + "'"
    return where
