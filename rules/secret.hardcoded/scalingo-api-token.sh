#!/bin/sh
# ruleid: scalingo-api-token
scalingo login --api-token tk-us-K0cGGowLPGZU1s4UzHLallx_GbxyakXDlovPJLPQGlIP8OXd
# ok: scalingo-api-token
scalingo login --api-token "$SCALINGO_API_TOKEN"
