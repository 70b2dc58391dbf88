import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';
import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

const supabaseAdmin = createClient(
  Deno.env.get('SUPABASE_URL') ?? '',
  Deno.env.get('SUPABASE_SERVICE_ROLE_KEY') ?? '',
);

serve(async (req) => {
  const token = req.headers.get('Authorization')?.replace('Bearer ', '');
  const { data: { user } } = await supabaseAdmin.auth.getUser(token);
  if (!user) return new Response('Unauthorized', { status: 401 });

  const { documentId } = await req.json();
  // The owner column is only read back (shown as the author), never compared.
  const { data: doc } = await supabaseAdmin
    .from('documents')
    .select('id, title, content, owner_id, project_id')
    // ok: idor-unscoped-lookup
    .eq('id', documentId)
    .eq('owner_id', user.id)
    .single();

  return new Response(JSON.stringify(doc), { headers: { 'Content-Type': 'application/json' } });
});
