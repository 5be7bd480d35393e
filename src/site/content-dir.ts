// Where the generated content lives; tests point GONGBAO_CONTENT at small fixtures to build cases the real issue lacks.
export const CONTENT_DIR = process.env['GONGBAO_CONTENT'] || 'content';
