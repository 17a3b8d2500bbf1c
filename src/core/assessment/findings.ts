// Errors block an assessment; warnings inform the inspector. Both carry a stable code
// (for tools and tests), a path into the assessment and a Danish message (for people).
export type Finding = { code: string; path: string; message: string };

export class Findings {
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];
  error(code: string, path: string, message: string): void {
    this.errors.push({ code, path, message });
  }
  warn(code: string, path: string, message: string): void {
    this.warnings.push({ code, path, message });
  }
}
