create or replace function public.search_sessions(term text, sort_col text default 'title')
returns setof public.sessions
language plpgsql
security invoker
set search_path = public
as $$
begin
  return query execute
    -- ruleid: plpgsql-execute-concat-sqli
    'select * from public.sessions where title ilike ''%' || term || '%'' order by ' || sort_col;
end;
$$;

create or replace function public.count_rows(tbl text, owner uuid)
returns bigint
language plpgsql
security definer
as $$
declare
  n bigint;
begin
  -- ruleid: plpgsql-execute-concat-sqli
  EXECUTE 'SELECT count(*) FROM public.' || tbl || ' WHERE user_id = $1' INTO n USING owner;
  return n;
end;
$$;

create or replace function public.safe_search(term text, sort_col text default 'title')
returns setof public.sessions
language plpgsql
as $$
begin
  -- ok: plpgsql-execute-concat-sqli
  return query execute format('select * from public.sessions where title ilike $1 order by %I', sort_col)
    using '%' || term || '%';
end;
$$;

create or replace function public.by_status(p_status text)
returns setof public.orders
language plpgsql
as $$
declare
  q text := 'select * from public.orders where status = $1';
begin
  -- ok: plpgsql-execute-concat-sqli
  return query execute q using p_status;
end;
$$;

create or replace function public.quoted(col text, val text)
returns setof public.items
language plpgsql
as $$
begin
  -- ok: plpgsql-execute-concat-sqli
  return query execute 'select * from public.items where ' || quote_ident(col) || ' = ' || quote_literal(val);
end;
$$;

create or replace function public.sorted(sort_col text)
returns setof public.items
language plpgsql
as $$
begin
  if sort_col not in ('name', 'created_at') then
    raise exception 'invalid sort column';
  end if;
  -- ok: plpgsql-execute-concat-sqli
  return query execute 'select * from public.items order by ' || sort_col;
end;
$$;

create or replace function public.recent(p_limit int)
returns setof public.items
language plpgsql
as $$
begin
  -- ok: plpgsql-execute-concat-sqli
  return query execute 'select * from public.items order by created_at desc limit ' || p_limit;
end;
$$;

create or replace function public.greeting(name text)
returns text
language plpgsql
as $$
begin
  -- ok: plpgsql-execute-concat-sqli (concatenation outside any EXECUTE)
  raise notice 'hello ' || name;
  -- ok: plpgsql-execute-concat-sqli
  return 'hello ' || name;
end;
$$;

do $$
declare
  t text;
begin
  foreach t in array array['profiles', 'sessions', 'orders'] loop
    -- ok: plpgsql-execute-concat-sqli (a one-off migration block over fixed table names)
    execute 'alter table public.' || t || ' enable row level security';
  end loop;
end;
$$;

create or replace function public.enable_rls_everywhere()
returns void
language plpgsql
as $$
declare
  r record;
  tname text;
begin
  for tname in select tablename from pg_tables where schemaname = 'public' loop
    -- ok: plpgsql-execute-concat-sqli (names read from the catalog)
    execute 'alter table public.' || tname || ' enable row level security';
  end loop;
end;
$$;

-- ok: plpgsql-execute-concat-sqli
grant execute on function public.search_sessions(text, text) to authenticated;

create or replace function public.audit_row()
returns trigger
language plpgsql
as $$
begin
  -- ok: plpgsql-execute-concat-sqli (the trigger's own table name)
  execute 'insert into audit.' || TG_TABLE_NAME || '_log select $1.*' using new;
  return new;
end;
$$;
