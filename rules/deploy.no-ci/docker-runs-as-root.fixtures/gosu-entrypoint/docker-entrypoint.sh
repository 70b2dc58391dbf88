#!/bin/sh
chown -R node:node /data
exec gosu node "$@"
