#!/usr/bin/env bash
ruff check .
black --check .
