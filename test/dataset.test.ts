import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TimelineData } from '../src/model/types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const datasetPath = 'data/iraq-2023-09.json';
const checker = resolve(root, '../shared/tools/check-quotes.mjs');
const hasChecker = existsSync(checker);
const data = JSON.parse(readFileSync(resolve(root, datasetPath), 'utf8')) as TimelineData;
const schema = JSON.parse(readFileSync(resolve(root, 'schema/timeline.schema.json'), 'utf8')) as {
  $defs: { date: { pattern: string } };
};

describe('default dataset (data/iraq-2023-09.json)', () => {
  it.skipIf(!hasChecker)(
    hasChecker
      ? 'every quote is verbatim in the source article (../shared/tools/check-quotes.mjs)'
      : 'SKIPPED: quote check needs ../shared/tools/check-quotes.mjs, which this clone does not have',
    () => {
      const result = spawnSync(process.execPath, [checker, datasetPath], { cwd: root, encoding: 'utf8' });
      expect(result.stdout + result.stderr).toMatch(/\b[1-9]\d* passed, 0 failed\b/);
      expect(result.status).toBe(0);
    },
  );

  it('dates the events as facts.md does', () => {
    const starts = Object.fromEntries(data.events.map((e) => [e.id, e.start]));
    expect(starts).toEqual({
      'kirkuk-abu-bukhari-arrest': '2023-09-25',
      'salah-al-din-rest-houses': '2023-09-25',
      'anbar-military-commander-arrest': '2023-09-26',
      'al-sudani-the-national-interview': '2023-09-26',
    });
    for (const e of data.events) {
      expect(e.end, e.id).toBeUndefined();
      expect(e.dateNote, e.id).toBeTruthy();
    }
  });

  it('places each event where facts.md does', () => {
    const places = Object.fromEntries(data.events.map((e) => [e.id, e.place ?? '']));
    expect(places['kirkuk-abu-bukhari-arrest']).toMatch(/Kirkuk/);
    expect(places['salah-al-din-rest-houses']).toMatch(/Salah al-Din/);
    expect(places['anbar-military-commander-arrest']).toMatch(/Rutba.*Anbar/);
  });

  it('has unique ids and links every annotation to existing events', () => {
    const eventIds = data.events.map((e) => e.id);
    const annotations = data.annotations ?? [];
    const ids = [...eventIds, ...annotations.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(eventIds);
    expect(annotations.length).toBeGreaterThanOrEqual(8);
    for (const a of annotations) {
      expect(a.events.length, a.id).toBeGreaterThan(0);
      for (const id of a.events) expect(known.has(id), `${a.id} → ${id}`).toBe(true);
    }
  });

  it('attributes quotes and reported speech to a speaker, and notes to none', () => {
    for (const a of data.annotations ?? []) {
      if (a.kind === 'note') expect(a.speaker, a.id).toBeUndefined();
      else expect(a.speaker?.name, a.id).toMatch(/^(Mukhled Hazem al-Darb|Yassin Aziz)$/);
      expect(a.source?.date, a.id).toBe('2023-09-27');
    }
  });

  it('writes every date in the schema grammar', () => {
    const re = new RegExp(schema.$defs.date.pattern, 'u');
    const dates = [
      ...data.events.flatMap((e) => [e.start, ...(e.sources ?? []).flatMap((s) => (s.date ? [s.date] : []))]),
      ...(data.annotations ?? []).flatMap((a) => (a.source?.date ? [a.source.date] : [])),
    ];
    for (const d of dates) expect(d).toMatch(re);
  });
});
