import psycopg2


def get_connection():
    return psycopg2.connect("dbname=reports")


def daily_schedule(day):
    cur = get_connection().cursor()
    cur.execute("SELECT a.starts_at, p.name, p.phone FROM appointments a JOIN patients p ON p.id = a.patient_id WHERE a.day = %s", (day,))
    return cur.fetchall()


def opening_hours():
    cur = get_connection().cursor()
    cur.execute("SELECT weekday, opens, closes FROM opening_hours")
    return cur.fetchall()
