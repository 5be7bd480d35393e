// The one template filler: {name} placeholders, for the build's strings (t) and the browser's (search, highlights).

/** A template with its {placeholders} filled; a missing variable is a bug, so it throws. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`missing {${name}} in ${template}`);
    return String(value);
  });
}
