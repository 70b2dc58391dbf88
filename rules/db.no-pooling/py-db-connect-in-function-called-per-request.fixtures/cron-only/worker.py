import schedule

from stats import nightly_rollup

schedule.every().day.at("02:00").do(nightly_rollup)


def main():
    nightly_rollup()
