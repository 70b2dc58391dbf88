import axios from 'axios';
import { Message } from './models';

const URL_RE = /(https?:\/\/[^\s]+)/i;

export async function fetchLinkPreview(url: string) {
  // ruleid: node-ssrf-url-extracted-from-text
  const { data } = await axios.get<string>(url, { timeout: 5000, maxRedirects: 5, responseType: 'text' });
  const title = /<title>([^<]*)<\/title>/i.exec(data)?.[1];
  return { url, title };
}

export async function createMessage(roomId: string, authorId: string, text: string) {
  const link = URL_RE.exec(text)?.[1];
  const linkPreview = link ? await fetchLinkPreview(link).catch(() => undefined) : undefined;
  return Message.create({ room: roomId, author: authorId, text, linkPreview });
}

// Called with the room's stored avatar URL, not with text.
export async function fetchAvatar(src: string) {
  // ok: node-ssrf-url-extracted-from-text
  const res = await axios.get(src, { responseType: 'arraybuffer' });
  return res.data;
}

export async function roomAvatar(room: { avatarUrl: string }) {
  return fetchAvatar(room.avatarUrl);
}
