#!/bin/sh
# ruleid: supabase-personal-access-token
export SUPABASE_ACCESS_TOKEN=sbp_03d0711b028b408a0d977d3d24119034f4c26608
# ok: supabase-personal-access-token
export SUPABASE_ACCESS_TOKEN="sbp_..."
supabase link --project-ref msvpkmhoxscoualtkfrr
