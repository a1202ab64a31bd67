// Walks a PDF as qpdf decodes it (JSON v2, streams inline) and lists every use of an RGB
// colour: RGB colour spaces anywhere in the object graph (images, resources, output
// intents) and RGB colour operators (rg, RG) in every content stream. A plant's preflight
// does the same before it separates a newspaper page.

import { execFileSync } from 'node:child_process';

const RGB_SPACES = new Set(['/DeviceRGB', '/CalRGB', '/ICCBased', '/Lab']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function walkNames(value: Json, where: string, out: string[]): void {
  if (typeof value === 'string') {
    if (RGB_SPACES.has(value)) out.push(`${where}: ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) walkNames(v, `${where}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkNames(v, `${where}.${k}`, out);
  }
}

/** Operators of a content stream (text strings and inline data skipped). */
function operators(content: string): string[] {
  const stripped = content.replace(/<[0-9a-fA-F\s]*>/g, ' ').replace(/\((?:\\.|[^\\)])*\)/g, ' ');
  return stripped.split(/[\s[\]]+/).filter((t) => /^[A-Za-z'"*]+$/.test(t));
}

export interface ColourReport {
  rgb: string[];
  /** Colour spaces of the images, e.g. /DeviceCMYK. */
  imageSpaces: string[];
  /** Every content stream's operators, for further checks. */
  contentOperators: string[][];
}

export function colourReport(pdfPath: string): ColourReport {
  const json = JSON.parse(
    execFileSync(
      'qpdf',
      ['--json=2', '--json-stream-data=inline', '--decode-level=generalized', pdfPath],
      { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
    ),
  ) as { qpdf: [unknown, Record<string, Json>] };
  const objects = json.qpdf[1];
  const rgb: string[] = [];
  const imageSpaces: string[] = [];
  const contentOperators: string[][] = [];
  for (const [id, obj] of Object.entries(objects)) {
    if (!id.startsWith('obj:') || !obj || typeof obj !== 'object' || Array.isArray(obj)) continue;
    const stream = (obj as { stream?: { dict: Record<string, Json>; data?: string } }).stream;
    const value = (obj as { value?: Json }).value;
    if (value !== undefined) walkNames(value, id, rgb);
    if (!stream) continue;
    walkNames(stream.dict, id, rgb);
    if (stream.dict['/Subtype'] === '/Image') {
      imageSpaces.push(String(stream.dict['/ColorSpace']));
      continue;
    }
    const decoded = stream.data ? Buffer.from(stream.data, 'base64').toString('latin1') : '';
    // A content stream: no /Type (pages' contents and forms); fonts and CMaps carry Length1 or CMapName.
    if (stream.dict['/Length1'] !== undefined || decoded.includes('begincmap')) continue;
    const ops = operators(decoded);
    contentOperators.push(ops);
    for (const op of ops) if (op === 'rg' || op === 'RG') rgb.push(`${id}: ${op}`);
  }
  return { rgb, imageSpaces, contentOperators };
}
