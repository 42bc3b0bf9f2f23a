import { describe, expect, it } from 'vitest';
import { fieldPathFromLoc, fieldPathFromName, fieldPathFromPointer } from '../../../src/model/fieldPath.js';

describe('fieldPath', () => {
  it.each([
    ['/data/attributes/address/city', 'address.city'],
    ['/data/relationships/author', 'author'],
    ['/data/attributes/items/0/sku', 'items.0.sku'],
    ['#/age', 'age'],
    ['/purchase_units/0/amount/value', 'purchase_units.0.amount.value'],
    ['/a~1b/c~0d', 'a/b.c~d'],
    ['/data', undefined],
    ['/data/attributes', undefined],
    ['address', undefined],
  ])('pointer %s -> %s', (pointer, path) => {
    expect(fieldPathFromPointer(pointer)).toBe(path);
  });

  it.each([
    [['body', 'address', 'city'], 'address.city'],
    [['body', 'items', 0, 'sku'], 'items.0.sku'],
    [['query', 'limit'], 'limit'],
    [['body'], 'body'],
    [['email'], 'email'],
    [[null, {}, 'x'], 'x'],
    ['not-an-array', 'not-an-array'],
    [42, undefined],
  ])('loc %j -> %s', (loc, path) => {
    expect(fieldPathFromLoc(loc)).toBe(path);
  });

  it.each([
    ['items[0].sku', 'items.0.sku'],
    ['card[number]', 'card.number'],
    ["meta['key']", 'meta.key'],
    ['$.items[0].sku', 'items.0.sku'],
    ['Address.City', 'Address.City'],
    ['/data/attributes/title', 'title'],
    ['  email ', 'email'],
    ['', undefined],
    ['$', undefined],
  ])('name %s -> %s', (name, path) => {
    expect(fieldPathFromName(name)).toBe(path);
  });
});
