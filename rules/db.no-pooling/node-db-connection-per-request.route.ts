// fixture-path: app/api/items/route.ts
import { MongoClient } from "mongodb";
import mongoose from "mongoose";

export async function GET() {
  // ruleid: node-db-connection-per-request
  const client = await MongoClient.connect(process.env.MONGODB_URI!);
  const items = await client.db().collection("items").find().toArray();
  return Response.json(items);
}

let cached = (global as any).mongoose ?? { conn: null };
async function dbConnect() {
  if (cached.conn) return cached.conn;
  // ok: node-db-connection-per-request
  cached.conn = await mongoose.connect(process.env.MONGODB_URI!);
  return cached.conn;
}

export async function POST() {
  await dbConnect();
  return Response.json({ ok: true });
}
