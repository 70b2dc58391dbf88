import { createClient } from "@supabase/supabase-js";

// ok: supabase-service-role-jwt
export const supabase = createClient("https://msvpkmhoxscoualtkfrr.supabase.co", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im1zdnBrbWhveHNjb3VhbHRrZnJyIiwicm9sZSI6ImFub24iLCJpYXQiOjE2OTI1MTYzODksImV4cCI6MjAwNzg3NjM4OX0.de-JPij1GAu5k3yDcxdeUVz607YmqAXUByDAhEOpv6R");

// ruleid: supabase-service-role-jwt
export const admin = createClient("https://msvpkmhoxscoualtkfrr.supabase.co", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im1zdnBrbWhveHNjb3VhbHRrZnJyIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTY5OTMxOTI1MiwiZXhwIjoyMDE0Njc5MjUyfQ.tXKcl3ItUVWJmt3OaLL_H2DLIyvlisrtaFyVuq9g3yG");

// ok: supabase-service-role-jwt
export const admin2 = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

// A user's access token (role authenticated) is not the service key.
// ok: supabase-service-role-jwt
export const testUserToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwZjgxMWZhYi04NzcxLTRhZjctYTVmZi00NTFhM2Y4ZmU4ZmYiLCJyb2xlIjoiYXV0aGVudGljYXRlZCIsImF1ZCI6ImF1dGhlbnRpY2F0ZWQiLCJleHAiOjE3NjcyMjU2MDB9.77ZIVU_OLS6mRfofUuirlCfAbPO54n_frbMtnr3bshn";
