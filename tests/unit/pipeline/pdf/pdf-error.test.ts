import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/pipeline/errors.ts';
import { pageRef, PdfError } from '../../../../src/pipeline/pdf/pdf-error.ts';

describe('PdfError', () => {
  it('is an IngestError of the whole file whose message names the page as a PDF viewer opens it', () => {
    const error = new PdfError({ file: 'seeds/2024-03.pdf', page: 7 }, 'no text on the page', 'a text layer');
    expect(error).toBeInstanceOf(IngestError);
    expect(error.message).toBe('seeds/2024-03.pdf#page=7: no text on the page; expected a text layer');
    expect([error.file, error.line, error.page, error.problem, error.expected]).toEqual(['seeds/2024-03.pdf', 0, 7, 'no text on the page', 'a text layer']);
  });

  it('names the file alone for a problem of the whole file', () => {
    expect(pageRef({ file: 'seeds/2024-03.pdf', page: 0 })).toBe('seeds/2024-03.pdf');
    expect(new PdfError({ file: 'seeds/2024-03.pdf', page: 0 }, 'not a PDF').message).toBe('seeds/2024-03.pdf: not a PDF');
  });
});
