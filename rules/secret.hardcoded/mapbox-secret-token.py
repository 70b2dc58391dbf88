# ruleid: mapbox-secret-token
MAPBOX_UPLOAD_TOKEN = "sk.eyJ1IjoihU1Bj1jr8M9svyJTqYDKZ0bJHwP_a76HQL2nM7xO7xg6X2sndPrKO-GghV30.exNn6HL8C30hIMXA3t2kdP"
# ok: mapbox-secret-token
MAPBOX_UPLOAD_TOKEN = os.environ["MAPBOX_SECRET_TOKEN"]
