// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { WIDE_OUTLINE } from './src/site/outline.ts';

// Archivists host the build under any path, so base and site come from the environment.
const base = process.env['GONGBAO_BASE'] || '/';
// Without GONGBAO_SITE no page names a host: links stay paths, and the sitemap and the feed are not built.
const site = process.env['GONGBAO_SITE'] || undefined;
// The outline's breakpoint is written once, in src/site/outline.ts: its script passes it to matchMedia, and the styles
// say `@media (--wide-outline)` (the CSS custom-media syntax), which this replaces with it.
/** @type {import('postcss').Plugin} */
const wideOutline = {
  postcssPlugin: 'wide-outline',
  AtRule: {
    media: (rule) => {
      rule.params = rule.params.replaceAll('(--wide-outline)', WIDE_OUTLINE);
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // A gazette has no code; Shiki's inline styles would also need 'unsafe-inline' under the page's CSP.
    syntaxHighlight: false,
    // Official text must stay byte-for-byte: no curly quotes or dash rewriting; {#id} keeps the ingest's anchors.
    processor: satteri({ features: { smartPunctuation: false, headingAttributes: true } }),
  },
  security: {
    // A meta Content-Security-Policy on every page: Astro hashes its own scripts and styles; everything else comes
    // from the site itself. Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    css: { postcss: { plugins: [wideOutline] } },
    build: {
      rolldownOptions: {
        // Astro's MDX output starts with this directive and the bundler warns once per notice; it is harmless and
        // would drown the build's own lines. Only this exact warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  // Search indexing and SHA256SUMS run after Astro's process has ended (scripts/build.ts), so they never share its memory.
  integrations: [mdx(), ...(site ? [sitemap()] : [])],
});
