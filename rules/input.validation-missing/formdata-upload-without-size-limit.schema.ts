// fixture-path: app/api/import/route.ts
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { writeFile } from 'fs/promises'

const UploadSchema = z.object({
  file: z.instanceof(File).refine((f) => f.size <= 5_000_000, 'Max 5 MB').refine((f) => f.type === 'text/csv'),
})

export async function POST(req: Request) {
  // ok: formdata-upload-without-size-limit (a schema checks the file)
  const form = await req.formData()
  const { file } = UploadSchema.parse({ file: form.get('file') })
  await writeFile(`/tmp/${crypto.randomUUID()}.csv`, Buffer.from(await file.arrayBuffer()))
  return NextResponse.json({ ok: true })
}

export async function PUT(req: Request) {
  // ruleid: formdata-upload-without-size-limit
  const form = await req.formData()
  const file = form.get('file') as File
  await writeFile(`/tmp/${crypto.randomUUID()}.csv`, Buffer.from(await file.arrayBuffer()))
  return NextResponse.json({ ok: true })
}
