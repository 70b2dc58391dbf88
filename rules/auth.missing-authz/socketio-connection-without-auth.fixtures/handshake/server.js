import { Server } from 'socket.io';
import { createClient } from '@supabase/supabase-js';

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);
const io = new Server(3001);

// ok: socketio-connection-without-auth
io.on('connection', async (socket) => {
  const { data: { user } } = await supabase.auth.getUser(socket.handshake.auth.token);
  if (!user) return socket.disconnect(true);
  socket.on('note:save', async (note) => {
    await supabase.from('notes').upsert({ ...note, user_id: user.id });
  });
});
