// Phone numbers as printed (0772-2825328) to tel: links a phone can dial.

/** The tel: URI of a printed phone number: its digits and a leading +, or undefined when it holds too few digits to dial. */
export function telHref(printed: string): string | undefined {
  const digits = printed.replace(/[^\d+]/g, '');
  return /^\+?\d{5,}$/.test(digits) ? `tel:${digits}` : undefined;
}
