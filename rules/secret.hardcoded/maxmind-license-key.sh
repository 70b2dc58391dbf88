#!/bin/sh
# ruleid: maxmind-license-key
curl -o geo.tar.gz "https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-City&license_key=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&suffix=tar.gz"
# ok: maxmind-license-key
curl -o geo.tar.gz "https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-City&license_key=${MAXMIND_LICENSE_KEY}&suffix=tar.gz"
