REPORT_SQL = """
    SELECT name, amount FROM payment
    WHERE created_at >= '{since}'
"""
