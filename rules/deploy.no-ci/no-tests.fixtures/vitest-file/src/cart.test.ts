import { test, expect } from 'vitest';
import { total } from './cart';
test('sums prices', () => expect(total([{ price: 2 }])).toBe(2));
