#!/usr/bin/env bash
pip install -r requirements.txt
python -m pytest -q
