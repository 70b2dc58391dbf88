# ruleid: frameio-api-token
HEADERS = {"Authorization": "Bearer fio-u-EEqane6ESauL0bcvA9rycp5aMhHnu9-UkKEn0EEHuKy4J-4rkFYsso5fLaLvAhli"}
# ok: frameio-api-token
HEADERS = {"Authorization": f"Bearer {token}"}
