import { describe, expect, it } from 'vitest';
import { telHref } from '../../../src/site/tel.ts';

describe('telHref', () => {
  it('dials the digits of a printed number', () => {
    expect(telHref('0772-2825328')).toBe('tel:07722825328');
    expect(telHref('（0772）282 5328')).toBe('tel:07722825328');
    expect(telHref('+86 772 2825328')).toBe('tel:+867722825328');
  });

  it('gives no link for text that is no number', () => {
    expect(telHref('见封底')).toBeUndefined();
    expect(telHref('12')).toBeUndefined();
  });
});
