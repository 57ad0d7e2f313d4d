/**
 * HtmlService: HtmlOutput objects and files from the built dist/ folder (the sidebar is one
 * self-contained file there, as `clasp push` uploads it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Runtime} from './runtime';

export class HtmlOutput {
  private title = '';
  private width?: number;
  private height?: number;
  private meta: Array<{name: string; content: string}> = [];

  constructor(
    private readonly rt: Runtime,
    private content: string,
  ) {}

  private g(method: string): void {
    this.rt.guard('HtmlOutput', method, 'free');
  }
  getContent(): string {
    this.g('getContent');
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.g('setContent');
    this.content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.g('append');
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.g('appendUntrusted');
    this.content += String(addedContent).replace(
      /[&<>"']/g,
      ch => `&#${ch.charCodeAt(0)};`,
    );
    return this;
  }
  setTitle(title: string): HtmlOutput {
    this.g('setTitle');
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    this.g('getTitle');
    return this.title;
  }
  setWidth(width: number): HtmlOutput {
    this.g('setWidth');
    this.width = width;
    return this;
  }
  getWidth(): number | undefined {
    return this.width;
  }
  setHeight(height: number): HtmlOutput {
    this.g('setHeight');
    this.height = height;
    return this;
  }
  getHeight(): number | undefined {
    return this.height;
  }
  setSandboxMode(mode: unknown): HtmlOutput {
    this.g('setSandboxMode');
    void mode;
    return this;
  }
  setXFrameOptionsMode(mode: unknown): HtmlOutput {
    this.g('setXFrameOptionsMode');
    void mode;
    return this;
  }
  setFaviconUrl(url: string): HtmlOutput {
    this.g('setFaviconUrl');
    void url;
    return this;
  }
  /**
   * HtmlOutput reference, addMetaTag: meta tags written in the HTML file are ignored and
   * only viewport, apple-mobile-web-app-capable and mobile-web-app-capable may be added.
   */
  addMetaTag(name: string, content: string): HtmlOutput {
    this.g('addMetaTag');
    if (!META_TAGS.includes(String(name)))
      throw this.rt.error(`Invalid argument: ${String(name)}`);
    this.meta.push({name: String(name), content: String(content)});
    return this;
  }
  getMetaTags(): Array<{name: string; content: string}> {
    return this.meta.map(m => ({...m}));
  }
}

const META_TAGS: readonly string[] = [
  'viewport',
  'apple-mobile-web-app-capable',
  'mobile-web-app-capable',
];

const ESCAPE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * HtmlTemplate: `<?= expr ?>` prints escaped, `<?!= expr ?>` prints raw, `<? code ?>` runs;
 * properties set on the template are variables inside it (HTML service templates guide).
 */
export class HtmlTemplate {
  [variable: string]: unknown;

  constructor(
    private readonly rt: Runtime,
    private readonly source: string,
  ) {}

  getCode(): string {
    this.rt.guard('HtmlTemplate', 'getCode', 'free');
    let code = 'const __out = [];\n';
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.source))) {
      code += `__out.push(${JSON.stringify(this.source.slice(last, m.index))});\n`;
      if (m[1] === '=') code += `__out.push(__escape(${m[2]}));\n`;
      else if (m[1] === '!=') code += `__out.push(String(${m[2]}));\n`;
      else code += `${m[2]}\n`;
      last = re.lastIndex;
    }
    code += `__out.push(${JSON.stringify(this.source.slice(last))});\nreturn __out.join('');`;
    return code;
  }

  evaluate(): HtmlOutput {
    this.rt.guard('HtmlTemplate', 'evaluate', 'free');
    const vars = Object.fromEntries(
      Object.entries(this).filter(([k]) => k !== 'rt' && k !== 'source'),
    );
    const escape = (v: unknown) =>
      String(v ?? '').replace(/[&<>"']/g, ch => ESCAPE[ch]);
    const names = Object.keys(vars);
    const run = new Function('__escape', ...names, this.getCode()) as (
      ...a: unknown[]
    ) => string;
    return new HtmlOutput(this.rt, run(escape, ...names.map(n => vars[n])));
  }
}

export class HtmlService {
  readonly SandboxMode = {
    IFRAME: 'IFRAME',
    NATIVE: 'NATIVE',
    EMULATED: 'EMULATED',
  };
  readonly XFrameOptionsMode = {ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT'};

  constructor(
    private readonly rt: Runtime,
    private readonly dir: string,
  ) {}

  createHtmlOutput(html?: string): HtmlOutput {
    this.rt.guard('HtmlService', 'createHtmlOutput', 'free');
    return new HtmlOutput(this.rt, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    this.rt.guard('HtmlService', 'createHtmlOutputFromFile', 'free');
    return new HtmlOutput(this.rt, this.read(filename));
  }
  createTemplate(html: string): HtmlTemplate {
    this.rt.guard('HtmlService', 'createTemplate', 'free');
    return new HtmlTemplate(this.rt, String(html));
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    this.rt.guard('HtmlService', 'createTemplateFromFile', 'free');
    return new HtmlTemplate(this.rt, this.read(filename));
  }
  /** Files of the project: only names, no paths (dist/ is flat, as clasp pushes it). */
  private read(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const file = path.join(this.dir, `${name}.html`);
    if (
      !/^[\w.-]+$/.test(name) ||
      name.includes('..') ||
      !fs.existsSync(file)
    ) {
      throw this.rt.error(`No HTML file named ${name} was found.`);
    }
    return fs.readFileSync(file, 'utf8');
  }
}
