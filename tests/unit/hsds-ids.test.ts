import { describe, expect, it } from 'vitest';
import { HSDS_NAMESPACE, HSDS_NAMESPACE_NAME, URL_NAMESPACE, ids, uuidv5 } from '../../src/lib/hsds/ids.ts';

describe('UUIDv5', () => {
  it('gives the RFC 9562 / Python uuid.uuid5 values', () => {
    // python3 -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com"))'
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidv5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // Non-ASCII and long names (UTF-8 bytes, longer than the scratch buffer), then a short one again.
    expect(uuidv5(`https://segnavia.it/città-è-più${'x'.repeat(1500)}`, URL_NAMESPACE)).toBe('e27d6092-b78d-5a4e-8fa5-7e0f54e06cd1');
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('our namespace is the UUIDv5 of its documented URL, so anyone can recompute it', () => {
    expect(uuidv5(HSDS_NAMESPACE_NAME, URL_NAMESPACE)).toBe(HSDS_NAMESPACE);
  });

  it('gives an entry the same known id every time (python3: uuid.uuid5(UUID(namespace), "service/<file id>"))', () => {
    expect(ids.service('gruppo-di-cammino-parco-nord-bresso')).toBe('e953aacf-d2e9-5732-a81a-07c6ed4cdcf8');
    expect(ids.organization('passi-insieme-bresso')).toBe('1cd29249-0304-570a-95ee-bdb55c94ee74');
    expect(ids.location('gruppo-di-cammino-parco-nord-bresso', 1)).toBe('aa4a189d-9e5d-54a5-a848-71bfb36a85bc');
    expect(ids.service('gruppo-di-cammino-parco-nord-bresso')).toBe(ids.service('gruppo-di-cammino-parco-nord-bresso'));
  });

  it('gives different objects different version-5 ids', () => {
    const all = [ids.service('a'), ids.service('b'), ids.organization('a'), ids.location('a', 1), ids.location('a', 2), ids.schedule('a', 1)];
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidv5('x', 'not-a-uuid')).toThrow(/Not a UUID/);
  });
});
