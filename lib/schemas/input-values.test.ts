// The shared value parsers refuse exactly what the database cannot hold (NUL, years outside 0001-9999) and never throw, whatever the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochSeconds } from '@/lib/sagemaker/protocol';
import { MAX_TIME_MS, MIN_TIME_MS, ZCursor, ZDateParam, ZDayParam, ZText, ZUuid, ZVersionNumber, dateBound, findNul, isStorableTime } from './input-values';

const accepts = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('dates and instants', () => {
  it('refuses the dates from issue 19 that PostgreSQL could not store', () => {
    expect(accepts(ZDateParam, '0000-01-01T00:00:00Z')).toBe(false);
    expect(accepts(ZDateParam, '0000-12-31')).toBe(false);
    expect(accepts(ZDateParam, '0001-01-01T00:30:00+01:00')).toBe(false);
    expect(accepts(ZDayParam, '0000-01-01')).toBe(false);
    expect(fromEpochSeconds(-8e12)).toBeNull();
    expect(fromEpochSeconds(8e12)).toBeNull();
    expect(fromEpochSeconds('0000-06-01T00:00:00Z')).toBeNull();
  });

  it('accepts the first and last storable day, and ordinary dates and date-times with a zone', () => {
    for (const value of ['0001-01-01', '9999-12-31', '2026-03-01', '2026-03-01T12:00:00Z', '2026-03-01T12:00:00.123+02:00'])
      expect(accepts(ZDateParam, value)).toBe(true);
    expect(fromEpochSeconds(MIN_TIME_MS / 1000)?.toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(fromEpochSeconds(MAX_TIME_MS / 1000)?.toISOString()).toBe('9999-12-31T23:59:59.999Z');
  });

  it('accepts every instant in range written as ISO 8601, and its bounds stay storable', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(MIN_TIME_MS), max: new Date(MAX_TIME_MS), noInvalidDate: true }), (date) => {
        const text = date.toISOString();
        expect(accepts(ZDateParam, text)).toBe(true);
        expect(fromEpochSeconds(text)?.getTime()).toBe(date.getTime());
        expect(fromEpochSeconds(date.getTime() / 1000)?.getTime()).toBe(date.getTime());
      }),
    );
  });

  it('never throws on any text or number, and whatever it accepts the database can store', () => {
    const dateLike = fc.oneof(fc.string(), fc.stringMatching(/^[+-]?\d{4,6}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/));
    fc.assert(
      fc.property(dateLike, (value) => {
        if (accepts(ZDateParam, value)) {
          expect(isStorableTime(dateBound(value, 'from').getTime())).toBe(true);
          expect(isStorableTime(dateBound(value, 'to').getTime())).toBe(true);
        }
        const instant = fromEpochSeconds(value);
        if (instant) expect(isStorableTime(instant.getTime())).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.double(), (seconds) => {
        const instant = fromEpochSeconds(seconds);
        if (instant) expect(isStorableTime(instant.getTime())).toBe(true);
      }),
    );
  });
});

describe('text, ids, version numbers and cursors', () => {
  it('refuses a NUL anywhere in text or a cursor, and accepts any other text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (before, after) => {
        expect(accepts(ZText, `${before}\u0000${after}`)).toBe(false);
        expect(accepts(ZCursor, `${before}\u0000${after}`)).toBe(false);
        expect(accepts(ZText, before.replaceAll('\u0000', ''))).toBe(true);
      }),
    );
  });

  it('reads version numbers 1 to 999,999,999 and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (version) => {
        expect(ZVersionNumber.parse(String(version))).toBe(version);
      }),
    );
    for (const value of ['0', '-1', '01', '1.5', '1e3', '1000000000', ' 1', '', 'one']) expect(accepts(ZVersionNumber, value)).toBe(false);
  });

  it('reads UUIDs and refuses what is not one', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        expect(accepts(ZUuid, id)).toBe(true);
      }),
    );
    for (const value of ['\u0000', '%ff', 'abc', '0b5c6f0e-4f5a-4a39-9c3e-2f1d8e7a6b5']) expect(accepts(ZUuid, value)).toBe(false);
  });
});

describe('findNul', () => {
  it('finds the path of the first string or key with a NUL in any JSON value, and nothing in a value without one', () => {
    const clean = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value).replaceAll('\\u0000', '')) as unknown);
    fc.assert(
      fc.property(clean, (value) => {
        expect(findNul(value)).toBeNull();
      }),
    );
    expect(findNul({ model_overview: { model_id: 'a\u0000' } })).toEqual(['model_overview', 'model_id']);
    expect(findNul([1, { ['k\u0000']: 1 }])).toEqual([1, 'k\u0000']);
    expect(findNul(new Date())).toBeNull();
  });
});
