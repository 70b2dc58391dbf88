#!/bin/sh
# ruleid: doppler-token
doppler run --token dp.sa.Z30rYG3A7Nw5hkRz3iSa65BEeQywufYiKANYwwulPuH -- npm start
